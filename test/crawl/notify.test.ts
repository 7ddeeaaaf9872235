import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postNotification } from '../../src/crawl/index.js';
import { startServer, type LocalServer } from './local-server.js';

let receiver: LocalServer;
const bodies: string[] = [];
let answers: number[] = [];

beforeAll(async () => {
  receiver = await startServer({
    '/hook': (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        bodies.push(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(answers.shift() ?? 200).end();
      });
    },
  });
});
afterAll(() => receiver.close());

const FAST = { retries: 3, retryBaseMs: 5, timeoutMs: 2000 };

describe('postNotification', () => {
  it('POSTs the payload as JSON', async () => {
    bodies.length = 0;
    answers = [200];
    const result = await postNotification(`${receiver.origin}/hook`, { a: 'あ' }, FAST);
    expect(result).toEqual({ url: `${receiver.origin}/hook`, ok: true, attempts: 1, status: 200 });
    expect(JSON.parse(bodies[0]!)).toEqual({ a: 'あ' });
    expect(receiver.log.at(-1)!.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('retries 5xx and 429 with backoff until it is taken', async () => {
    bodies.length = 0;
    answers = [503, 429, 204];
    const result = await postNotification(`${receiver.origin}/hook`, { n: 1 }, FAST);
    expect(result).toMatchObject({ ok: true, attempts: 3, status: 204 });
    expect(bodies).toHaveLength(3);
  });

  it('gives up after the retries and says why, without throwing', async () => {
    answers = [500, 500, 500, 500, 500];
    const result = await postNotification(`${receiver.origin}/hook`, {}, FAST);
    expect(result).toMatchObject({ ok: false, attempts: 4, status: 500, error: 'HTTP 500' });
  });

  it('does not retry a refusal (4xx other than 408/429)', async () => {
    answers = [400];
    const result = await postNotification(`${receiver.origin}/hook`, {}, FAST);
    expect(result).toMatchObject({ ok: false, attempts: 1, status: 400 });
  });

  it('reports a receiver that is not there', async () => {
    const result = await postNotification('http://127.0.0.1:9/hook', {}, { ...FAST, retries: 1 });
    expect(result.ok).toBe(false);
    expect(result.attempts).toBe(2);
    expect(result.status).toBeNull();
    expect(result.error).toMatch(/fetch failed|ECONNREFUSED/u);
  });
});
