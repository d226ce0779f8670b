import type { CheckResult } from '../data/check-dataset.js';
import { detectDelimiter, parseDelimited } from '../data/csv.js';
import { toDatasetFile } from '../data/dataset-file.js';
import type { Diagnostic } from '../data/diagnostics.js';
import * as geojsonLoader from '../data/load-geojson.js';
import { loadDatasetText, useGeojson, type DataFormat } from '../data/load.js';

/**
 * `relations-atlas check FILE…` and `relations-atlas convert IN --to relations-json`: the widget's loader and
 * diagnostics for editors' terminals and a newsroom's CI. File access comes in through `io`, so this module runs
 * wherever the data layer does (the bin gives it Node's).
 */

export interface CliIO {
  /** The file's text; throws when it cannot be read. */
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  /** One line of the report (stdout). */
  out(line: string): void;
  /** One line about what went wrong or was skipped (stderr). */
  err(line: string): void;
}

export const USAGE = `Usage:
  relations-atlas check FILE... [--places PLACES] [--geojson-fields SPEC]
      Loads each data file (JSON, GeoJSON, events or places CSV) as the elements do and prints every problem:
      file:line for CSV rows, a JSON pointer for JSON. Exits 1 when a record had to be skipped, else 0.
  relations-atlas convert IN [--places PLACES] [--geojson-fields SPEC] --to relations-json [-o OUT]
      Writes IN (a CSV, JSON or GeoJSON file, with its places file) as the project's own JSON (data/schema.json),
      to OUT or to standard output. Problems go to standard error; exits 1 when a record was skipped.

  --places PLACES        the places CSV or GeoJSON file an events CSV refers to (places-src in the elements)
  --geojson-fields SPEC  which GeoJSON properties hold what, as the geojson-fields attribute: "name:place, date:time"`;

/** Exit codes: problems in the data, and a command line that could not be read. */
const EXIT_DATA = 1;
const EXIT_USAGE = 2;

interface Options {
  readonly files: string[];
  readonly places?: string;
  readonly geojsonFields?: string;
  readonly to?: string;
  readonly output?: string;
}

function parseArgs(args: readonly string[]): Options | string {
  const files: string[] = [];
  const values: Record<string, string> = {};
  const takes: Readonly<Record<string, string>> = {
    '--places': 'places',
    '--geojson-fields': 'geojsonFields',
    '--to': 'to',
    '-o': 'output',
    '--output': 'output',
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const key = takes[name];
    if (key) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return `${name} needs a value`;
      if (Object.hasOwn(values, key)) return `${name} is given twice`;
      values[key] = value;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else files.push(arg);
  }
  return { files, ...values };
}

function formatOf(path: string): DataFormat | undefined {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.geojson$/i.test(path)) return 'geojson';
  if (/\.json$/i.test(path)) return 'json';
  return undefined;
}

/** The line each CSV row (1 = the header) starts on, counting a `sep=` line and line breaks inside quoted cells. */
function csvLines(text: string): (row: number) => number | undefined {
  const plain = text.replace(/^\uFEFF/, '');
  const { delimiter, body } = detectDelimiter(plain);
  const offset = body.length === plain.length ? 0 : 1;
  const { lines } = parseDelimited(body, delimiter);
  return (row) => (lines[row - 1] === undefined ? undefined : lines[row - 1] + offset);
}

interface Source {
  readonly path: string;
  readonly text: string;
  readonly format: DataFormat | undefined;
}

/** `file:line: ` for a CSV row, `file: /events/3/date: ` for a JSON record, `file: ` otherwise. */
function locate(diagnostic: Diagnostic, main: Source, places: Source | undefined): string {
  const { collection, index, row, field } = diagnostic;
  const isCsv = (source: Source | undefined) => source !== undefined && (source.format ?? guess(source.text)) === 'csv';
  const file =
    places && ((collection === 'places' && isCsv(places)) || (collection === 'features' && !isGeojson(main)))
      ? places
      : main;
  if (row !== undefined && isCsv(file)) {
    const line = csvLines(file.text)(row);
    return line === undefined ? `${file.path}: row ${row}` : `${file.path}:${line}`;
  }
  if (!collection) return file.path;
  let pointer = `/${collection}`;
  if (index !== undefined) pointer += `/${index}`;
  if (field && collection !== 'features') pointer += `/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return `${file.path}: ${pointer}`;
}

function guess(text: string): DataFormat {
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

function isGeojson(source: Source): boolean {
  return (
    source.format === 'geojson' ||
    (guess(source.text) === 'json' && /"FeatureCollection"/.test(source.text.slice(0, 2000)))
  );
}

/** One line per diagnostic: where, severity, the message the widget shows, the record's id. */
export function diagnosticLine(diagnostic: Diagnostic, main: Source, places?: Source): string {
  const id = diagnostic.id ? ` (id "${diagnostic.id}")` : '';
  return `${locate(diagnostic, main, places)}: ${diagnostic.severity}: ${diagnostic.message}${id}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summary(result: CheckResult): string {
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  const counts = `${plural(result.dataset.events.length, 'event', 'events')}, ${plural(result.dataset.places.length, 'place', 'places')}`;
  const problems = result.diagnostics.length
    ? `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}`
    : 'no problems';
  return `${counts}; ${problems}`;
}

function read(path: string, io: CliIO): Source | string {
  try {
    return { path, text: io.readFile(path), format: formatOf(path) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `${path}: error: could not read the file: ${reason}`;
  }
}

function load(main: Source, places: Source | undefined, geojsonFields: string | undefined): CheckResult {
  return loadDatasetText(main.text, {
    format: main.format,
    placesCsv: places?.text,
    placesFormat: places?.format,
    geojsonFields,
  });
}

function check(options: Options, io: CliIO): number {
  if (options.files.length === 0) return usage(io, 'check needs at least one file');
  if (options.to || options.output) return usage(io, '--to and -o belong to convert');
  let places: Source | undefined;
  if (options.places) {
    const read_ = read(options.places, io);
    if (typeof read_ === 'string') {
      io.out(read_);
      return EXIT_DATA;
    }
    places = read_;
  }
  let failed = false;
  for (const path of options.files) {
    const source = read(path, io);
    if (typeof source === 'string') {
      io.out(source);
      failed = true;
      continue;
    }
    const result = load(source, places, options.geojsonFields);
    for (const diagnostic of result.diagnostics) io.out(diagnosticLine(diagnostic, source, places));
    io.out(`${path}: ${summary(result)}`);
    if (result.diagnostics.some((d) => d.severity === 'error')) failed = true;
  }
  return failed ? EXIT_DATA : 0;
}

function convert(options: Options, io: CliIO): number {
  if (options.files.length !== 1) return usage(io, 'convert takes one input file');
  if (options.to !== 'relations-json') {
    return usage(
      io,
      options.to
        ? `cannot convert to "${options.to}": the one target is relations-json`
        : 'convert needs --to relations-json',
    );
  }
  const sources = [options.files[0], options.places].map((path) => (path === undefined ? undefined : read(path, io)));
  const problem = sources.find((source) => typeof source === 'string');
  if (problem) {
    io.err(problem);
    return EXIT_DATA;
  }
  const [main, places] = sources as [Source, Source | undefined];
  const result = load(main, places, options.geojsonFields);
  for (const diagnostic of result.diagnostics) io.err(diagnosticLine(diagnostic, main, places));
  const json = `${JSON.stringify(toDatasetFile(result.dataset), null, 2)}\n`;
  if (options.output) {
    io.writeFile(options.output, json);
    io.err(`${options.output}: written, ${summary(result)}`);
  } else io.out(json.slice(0, -1));
  return result.diagnostics.some((d) => d.severity === 'error') ? EXIT_DATA : 0;
}

function usage(io: CliIO, problem: string): number {
  io.err(`relations-atlas: ${problem}`);
  io.err(USAGE);
  return EXIT_USAGE;
}

/** Runs the command line `args` (without the program's name); resolves to the exit code. */
export function runCli(args: readonly string[], io: CliIO): number {
  useGeojson(geojsonLoader);
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command !== 'check' && command !== 'convert') {
    return usage(io, command ? `unknown command "${command}"` : 'say check or convert');
  }
  const options = parseArgs(rest);
  if (typeof options === 'string') return usage(io, options);
  return command === 'check' ? check(options, io) : convert(options, io);
}
