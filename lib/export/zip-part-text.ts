// One part of an .xlsx unpacked as a stream of text, against the limits of xlsx-first-sheet.ts.
// JSZip finds the part and its packed bytes (a view into the uploaded file, not a copy); the bytes
// are inflated by Node's own zlib rather than JSZip's JavaScript inflater, which took several times
// as long on a 100,000-row register. The packed bytes are fed in small slices so that a part which
// unpacks a thousandfold cannot fill memory before the first output chunk is judged.
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import type JSZip from 'jszip';
import { SpreadsheetReadError } from './spreadsheet-error';

const STORED = '\x00\x00';
const DEFLATED = '\x08\x00';
const SLICE = 16 * 1024;
const OUT_CHUNK = 64 * 1024;
// zlib inflates on a worker thread: a few chunks ahead, it is never waited for while the sheet is parsed.
const READ_AHEAD = 8 * OUT_CHUNK;

type Packed = { compressedContent?: Uint8Array; compression?: { magic?: string } };

function slices(bytes: Uint8Array): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += SLICE) yield Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(SLICE, bytes.length - at));
    })(),
  );
}

/**
 * The part's bytes as they unpack, each chunk handed to `check` (which throws to stop) before it is
 * decoded and yielded as text. Broken packed data is a corrupt file.
 */
export async function* partText(file: JSZip.JSZipObject, check: (bytes: number) => void): AsyncGenerator<string> {
  const data = (file as unknown as { _data?: Packed })._data;
  const packed = data?.compressedContent;
  const magic = data?.compression?.magic;
  if (!packed || (magic !== STORED && magic !== DEFLATED)) throw new SpreadsheetReadError('corrupt');
  const source = slices(packed);
  const stream = magic === STORED ? source : source.pipe(zlib.createInflateRaw({ chunkSize: OUT_CHUNK, readableHighWaterMark: READ_AHEAD } as zlib.ZlibOptions));
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      check(chunk.length);
      yield decoder.write(chunk);
    }
  } catch (error) {
    throw error instanceof SpreadsheetReadError ? error : new SpreadsheetReadError('corrupt');
  } finally {
    source.destroy();
    stream.destroy();
  }
  yield decoder.end();
}
