import { parseCommandArgs } from '../args.js';
import { EXIT, exitCodesHelp, type CliIo, type Command } from '../io.js';
import { CONTRACT_SCHEMAS } from '../../schema/index.js';
import { UsageError } from '../../errors.js';

const NAMES = Object.keys(CONTRACT_SCHEMAS);

const USAGE = `Usage: pia schema ${NAMES.join('|')}

Print the JSON Schema (draft 2020-12) of a public contract: snapshot (pia-snapshot/1, what
\`parse --json\` and \`show --json\` print) or diff (pia-diff/1, what \`diff --json\` prints).
The same files are in docs/schema/; the contracts are described in docs/snapshot.md and
docs/diff-contract.md. Objects are open: a reader must ignore keys it does not know.

Examples:
  pia schema snapshot > pia-snapshot-1.json
  pia schema diff | jq '.properties | keys'

${exitCodesHelp(['0   printed'])}`;

/** `pia schema`: the contract schemas. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the snapshot (pia-snapshot/1) or diff (pia-diff/1) contract',
  usage: USAGE,
  run(argv: string[], io: CliIo): Promise<number> {
    const { positionals } = parseCommandArgs(argv, {});
    const [name, extra] = positionals;
    if (name === undefined || extra !== undefined)
      throw new UsageError(`expected one of ${NAMES.join(', ')}`);
    const entry = CONTRACT_SCHEMAS[name];
    if (!entry) throw new UsageError(`unknown schema '${name}'; expected one of ${NAMES.join(', ')}`);
    io.stdout(`${JSON.stringify(entry.schema, null, 2)}\n`);
    return Promise.resolve(EXIT.OK);
  },
};
