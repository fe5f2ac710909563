// The command line: the same service and extractor as the app, for scripting and evaluation.
//   tally import FILES|FOLDERS… [--db PATH] [--max-mb N]
//   tally extract FILES… --out DIR        one SCHEMA.md JSON per input, offsets into the original text
//   tally export --out FILE.xlsx [--db PATH] [--scope corpus|article:ID|grid:JSON|preset:NAME] [--status …]
//   tally info [--db PATH]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from './db/open.ts';
import { analyseArticle, toEvalJson } from './extract/index.ts';
import { decodeText } from './ingest/decode.ts';
import { SUPPORTED_EXTENSIONS } from './ingest/index.ts';
import { resolveStorePath } from './paths.ts';
import { EXPORT_USAGE, ExportArgsError, exportOptions, exportToFile } from './report/cli-export.ts';
import { createService, type SourceFile } from './service.ts';

const USAGE = `usage:
  tally import FILES|FOLDERS… [--db PATH] [--max-mb N]
  tally extract FILES… --out DIR
  ${EXPORT_USAGE}
  tally info [--db PATH]`;

class UsageError extends Error {}

/** Files as given, and folders walked recursively for the formats ingest reads. */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const stat = fs.statSync(input, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      for (const entry of fs.readdirSync(input, { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && SUPPORTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
          out.push(path.join(entry.parentPath, entry.name));
        }
      }
    } else out.push(input);
  }
  return out;
}

function readSources(files: string[], log: (line: string) => void): SourceFile[] {
  const sources: SourceFile[] = [];
  for (const file of files) {
    try {
      sources.push({ name: file, bytes: fs.readFileSync(file) });
    } catch (err) {
      log(
        `skipped ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(err)}`,
      );
    }
  }
  return sources;
}

async function withStore<T>(dbPath: string, run: (service: ReturnType<typeof createService>) => Promise<T>) {
  const store = openStore(dbPath);
  try {
    return await run(createService(store.db, { storePath: store.path }));
  } finally {
    store.db.close();
  }
}

/** Runs one CLI invocation; returns the exit code. Output goes through `out` and `err`. */
export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  out: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
  err: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      out: { type: 'string' },
      article: { type: 'string' },
      status: { type: 'string' },
      'max-mb': { type: 'string' },
      scope: { type: 'string' },
      columns: { type: 'string' },
      sheets: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...inputs] = positionals;
  if (values.help || !command) {
    out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const dbPath = resolveStorePath(values.db ? ['--db', values.db] : [], env);

  switch (command) {
    case 'import': {
      if (!inputs.length) throw new UsageError('import needs at least one file or folder');
      let failed = 0;
      const sources = readSources(expandInputs(inputs), (l) => (err(l), failed++));
      const maxMb = values['max-mb'] === undefined ? undefined : Number(values['max-mb']);
      if (maxMb !== undefined && !(maxMb > 0)) throw new UsageError('--max-mb takes a size in megabytes');
      const summary = await withStore(dbPath, (s) =>
        s.importSources(sources, { maxBytes: maxMb === undefined ? undefined : maxMb * 1048576 }),
      );
      for (const a of summary.imported) out(`imported ${a.file}: “${a.title}”, ${a.indicators} figures`);
      for (const n of summary.nearDuplicates ?? [])
        out(`near-duplicate ${n.file}: linked to article ${n.similarTo.map((s) => s.id).join(', ')}`);
      for (const d of summary.duplicates)
        out(`duplicate ${d.file}: already stored as article ${d.existingId}`);
      for (const s of summary.skipped) err(`skipped ${s.file}: ${s.reason}`);
      out(
        `${summary.counts?.imported ?? summary.imported.length} imported, ` +
          `${summary.counts?.duplicates ?? summary.duplicates.length} duplicates, ` +
          `${summary.skipped.length + failed} skipped → ${dbPath}`,
      );
      return summary.skipped.length + failed ? 1 : 0;
    }
    case 'extract': {
      if (!inputs.length || !values.out) throw new UsageError('extract needs FILES… and --out DIR');
      fs.mkdirSync(values.out, { recursive: true });
      let failed = 0;
      for (const file of inputs) {
        try {
          const { text } = decodeText(fs.readFileSync(file));
          const name = path.basename(file);
          const json = toEvalJson(name, analyseArticle(text), text);
          fs.writeFileSync(path.join(values.out, `${name}.json`), `${JSON.stringify(json, null, 1)}\n`);
        } catch (e) {
          failed++;
          err(`skipped ${file}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      out(`${inputs.length - failed} extracted → ${values.out}`);
      return failed ? 1 : 0;
    }
    case 'export': {
      if (!values.out) throw new UsageError('export needs --out FILE.xlsx');
      const store = openStore(dbPath);
      try {
        let options;
        try {
          options = exportOptions(store.db, values);
        } catch (e) {
          throw e instanceof ExportArgsError ? new UsageError(e.message) : e;
        }
        const report = await exportToFile(store.db, options, values.out);
        out(`${report.rows} indicators → ${values.out}`);
      } finally {
        store.db.close();
      }
      return 0;
    }
    case 'info': {
      const info = await withStore(dbPath, (s) => s.getStoreInfo({}));
      out(JSON.stringify(info, null, 2));
      return 0;
    }
    default:
      throw new UsageError(`unknown command “${command}”`);
  }
}

if (import.meta.main) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`tally: ${e instanceof Error ? e.message : String(e)}\n`);
      if (e instanceof UsageError) process.stderr.write(`${USAGE}\n`);
      process.exit(2);
    },
  );
}
