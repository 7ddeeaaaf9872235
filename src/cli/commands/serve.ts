import { parseCommandArgs } from '../args.js';
import { EXIT, exitCodesHelp, type CliIo, type Command } from '../io.js';
import { UsageError } from '../../errors.js';
import { startServer, type RunningServer } from '../../serve/index.js';
import { openStore, resolveDbPath } from '../../store/index.js';

const USAGE = `Usage: pia serve [--db PATH] [--port 8080] [--host 127.0.0.1] [--token T] [--base-url URL]

A local web app for auditors over the store (opened read-only): the documents, each one's
versions, the 新旧対照表 of any two versions with the PDF pages beside each change (the value's
place highlighted), full-text search, an Atom feed of new versions, and JSON twins of the pages
under /api/. Everything is served from the installed package; nothing is fetched from elsewhere.
Routes: docs/serve.md. Stop with Ctrl-C (SIGINT) or SIGTERM.

Options:
  --db PATH       database file (default: $PIA_DB, else ./pia.db)
  --port N        TCP port (default 8080; 0 picks a free one)
  --host ADDR     address to bind (default 127.0.0.1, this machine only); any other address
                  requires --token or PIA_TOKEN
  --token T       require T from every client (Authorization: Bearer T, or open ?token=T once
                  in a browser: it is kept in a cookie); default: $PIA_TOKEN
  --base-url URL  absolute address of the server as others reach it, for the feed's links

Examples:
  pia serve
  pia serve --db /srv/pia/pia.db --host 0.0.0.0 --port 8080 --token "$PIA_TOKEN"

${exitCodesHelp(['0   stopped by a signal', '    (2 also: database missing or port taken)'])}`;

/** Addresses only this machine can reach: no token needed. */
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

function parsePort(value: string | undefined): number {
  if (value === undefined) return 8080;
  const n = Number(value);
  if (!/^\d+$/u.test(value) || n > 65535) throw new UsageError(`--port expects 0–65535, got '${value}'`);
  return n;
}

function parseBaseUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^\s]+$/u.test(value))
    throw new UsageError(`--base-url expects an http(s) URL, got '${value}'`);
  return value.replace(/\/+$/u, '');
}

/** The listen error as one line, or null when it is not one we explain. */
function listenProblem(error: unknown, host: string, port: number): string | null {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE')
    return `PORT_IN_USE: port ${port} on ${host} is already taken (another pia serve?); choose another with --port`;
  if (code === 'EACCES')
    return `PORT_DENIED: not allowed to listen on ${host}:${port}; choose a port above 1023`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return `BAD_HOST: ${host} is not an address of this machine`;
  return null;
}

/** `pia serve`: the web app. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'a local web app: documents, versions, 新旧対照表 with the PDF beside each change, search, feed',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string' },
      'base-url': { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const port = parsePort(values.port);
    const host = values.host ?? '127.0.0.1';
    const token = values.token ?? (io.env.PIA_TOKEN || undefined);
    if (!LOOPBACK.has(host) && token === undefined)
      throw new UsageError(`--host ${host} lets other machines connect: set --token T or PIA_TOKEN`);
    const baseUrl = parseBaseUrl(values['base-url']);
    const path = resolveDbPath(io.env, values.db, io.cwd);
    const store = openStore(path, { readonly: true });
    let running: RunningServer;
    try {
      running = await startServer({
        store,
        host,
        port,
        ...(token === undefined ? {} : { token }),
        ...(baseUrl === undefined ? {} : { baseUrl }),
        onError: (line) => io.stderr(`pia serve: ${line}\n`),
      });
    } catch (error) {
      store.close();
      const line = listenProblem(error, host, port);
      if (line === null) throw error;
      io.stderr(`pia serve: ${line}\n`);
      return EXIT.USAGE;
    }
    io.stderr(
      `pia serve: ${running.url}/ (database ${path}, read-only${token ? ', token required' : ''}); Ctrl-C stops\n`,
    );
    const signal = await (io.stopRequested?.() ?? new Promise<string>(() => undefined));
    await running.close();
    io.stderr(`pia serve: stopped (${signal})\n`);
    return EXIT.OK;
  },
};
