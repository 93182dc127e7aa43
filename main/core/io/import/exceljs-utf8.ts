// exceljs's streaming reader turns each chunk of a part's XML into text on its own (utils/browser-buffer-decode.js,
// used by utils/parse-sax.js): a Chinese character whose bytes fall on both sides of a chunk boundary becomes two or
// three U+FFFD, so names and addresses came out as "张�" — in a real register, a few rows in every few thousand.
// This gives it a decoder that carries an incomplete character over to the next chunk. The workbook's parts are
// parsed one after another, never two at once, so one decoder serves them all. parse-sax takes the function when
// it is first loaded: this module must be imported before the reader (parse-worker.ts imports it first).
import decode from 'exceljs/lib/utils/browser-buffer-decode.js';

const decoder = new TextDecoder('utf-8');

decode.bufferToString = (chunk) => (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
