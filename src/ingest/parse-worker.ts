/**
 * Worker thread entry: parses one PDF at a time (bytes → Snapshot) through the pipeline, so that a
 * slow or hostile file blocks only this thread and can be terminated by the pool on timeout.
 * pdf.js runs inline here (no nested pdf.js worker): this thread already is the worker.
 */
import { parentPort } from 'node:worker_threads';
import { describeError } from '../errors.js';
import { prepareExtractionThread } from '../extract/index.js';
import { parsePdfBytes } from '../pipeline.js';
import type { ParseReply, ParseRequest } from './worker-pool.js';

if (!parentPort) throw new Error('parse-worker must run in a worker thread');
const port = parentPort;
// This thread only parses PDFs: set up for pdf.js as pia runs it (extract/pdfjs-document.ts).
prepareExtractionThread();

port.on('message', (request: ParseRequest) => {
  void parsePdfBytes(request.bytes, { fileName: request.fileName, inline: true }).then(
    (snapshot): void => port.postMessage({ id: request.id, ok: true, snapshot } satisfies ParseReply),
    (error: unknown): void =>
      port.postMessage({ id: request.id, ok: false, ...describeError(error) } satisfies ParseReply),
  );
});
