/** A file an extension page offers for download. */
export interface DownloadableFile {
  filename: string;
  mimeType: string;
  content: string;
}

/**
 * Saves a file from one of Sidevogn's own pages. A Blob + object URL + <a download> needs no
 * "downloads" permission. Extension pages only (it uses the page's document).
 */
export function downloadFile(file: DownloadableFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
