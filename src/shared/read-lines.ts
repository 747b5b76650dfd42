/**
 * A stream of bytes to its lines (UTF-8, "\n" or "\r\n"), without holding
 * the whole text: a 50 MB file is read a chunk at a time. `onBytes` is told
 * how many bytes each chunk had, for progress.
 */
export async function* readLines(stream: ReadableStream<Uint8Array>, onBytes: (n: number) => void = () => {}): AsyncGenerator<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  let first = true;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onBytes(value.length);
    rest += decoder.decode(value, { stream: true });
    if (first && rest.length > 0) {
      rest = rest.replace(/^\uFEFF/, '');
      first = false;
    }
    const lines = rest.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  rest += decoder.decode();
  if (rest) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}
