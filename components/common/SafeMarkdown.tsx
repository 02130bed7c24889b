import type { ComponentChildren } from 'preact';
import { parseSafeMarkdown, type Block, type Inline } from '../../lib/config/markdown';

/**
 * Renders a support person's text (tips, hints, checklists) from the safe Markdown subset as
 * Preact elements. No HTML strings: the AST only knows paragraphs, lists, bold, italic and
 * https links, so a pack cannot inject markup.
 */
export function SafeMarkdown({ text, class: className }: { text: string; class?: string }) {
  const blocks = parseSafeMarkdown(text);
  return <div class={className}>{blocks.map(renderBlock)}</div>;
}

function renderBlock(block: Block, key: number) {
  if (block.type === 'paragraph') return <p key={key}>{renderInlines(block.children)}</p>;
  const items = block.items.map((item, i) => <li key={i}>{renderInlines(item)}</li>);
  return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
}

function renderInlines(nodes: readonly Inline[]): ComponentChildren {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'strong':
        return <strong key={i}>{renderInlines(node.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInlines(node.children)}</em>;
      case 'link':
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            {renderInlines(node.children)}
          </a>
        );
    }
  });
}
