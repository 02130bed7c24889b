/**
 * .docx → plain text via mammoth. Node/CLI only: kept out of index.ts so the browser bundle
 * never pulls in mammoth.
 */
import mammoth from 'mammoth';

/** The letter's text (paragraphs separated by a blank line). Throws in Danish on a broken file. */
export async function docxToText(buffer: ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return result.value.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  } catch {
    throw new Error('Filen kunne ikke læses som et Word-dokument (.docx).');
  }
}
