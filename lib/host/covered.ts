/** A rectangle in viewport coordinates (a DOMRect, or a plain object in tests). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Whether the panel hides a host element from the user: the element's centre lies under the
 * panel. A wide field the panel only overlaps at its end (a letter editor, a long select) is
 * still visible enough to work in; one whose middle is under the panel is not.
 */
export function isCoveredBy(element: Box, panel: Box): boolean {
  const x = (element.left + element.right) / 2;
  const y = (element.top + element.bottom) / 2;
  return x >= panel.left && x <= panel.right && y >= panel.top && y <= panel.bottom;
}
