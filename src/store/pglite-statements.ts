/**
 * Statements for the embedded database in one call each. PGlite's `query` sends every statement unnamed, as six calls
 * into the WebAssembly database (Parse, Describe, Bind, Describe, Execute, Sync), and reads the reply with a parser
 * that copies every field before decoding it, all on the server's one thread. Here a data statement is described
 * once (its parameter types and row description kept), and each call sends its messages in one call:
 *
 * - a statement the code itself prepares by name (drizzle's `.prepare(name)`: the token lookup, the case context and
 *   insert, the lists without a search term) is parsed once under a name and each call binds and executes it, under
 *   PostgreSQL's default plan-cache rules (a generic plan once it is no dearer than the custom ones), as node-postgres
 *   runs it on PostgreSQL;
 * - any other statement (a search, whose plan depends on its term) is parsed unnamed in the same call as its Bind and
 *   Execute, so it is planned for its own values every time, as PGlite's `query` plans it.
 *
 * The session's `plan_cache_mode` stays PostgreSQL's default: nothing is SET around a statement (two simple queries,
 * ~0.13 ms of CPU each, measured, around every named statement before session 10).
 */
import {
  messages,
  type PGlite,
  parse,
  protocol,
  type QueryOptions,
  type Results,
  type Transaction,
  types,
} from '@electric-sql/pglite';

const { serialize } = protocol;
type Message = messages.BackendMessage;
type Parser = (value: string, typeId: number) => unknown;

/** Statements kept prepared at most; the least recently used one is closed past this. */
export const STATEMENT_CACHE_SIZE = 256;

// Data statements only: DDL and session commands (migrations, SET) run unnamed, as before.
const CACHEABLE = /^\s*(select|with|insert|update|delete)\b/i;

interface Prepared {
  /** The statement's name once it runs named (declared); '' while it is only described. */
  name: string;
  paramTypes: number[];
  /** The statement's RowDescription (none for a statement that returns no rows): Bind and Execute do not repeat it. */
  rowDescription: messages.RowDescriptionMessage | undefined;
}

const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** The handle to give drizzle, and how the statements the code prepares by name are made known to it. */
export interface NamedStatements {
  client: PGlite;
  /** Marks a statement text the code prepares by name: it runs named, under PostgreSQL's default plan-cache rules. */
  declare(text: string): void;
}

/** Wraps a PGlite handle so its `query` (and its transactions' `query`) runs data statements as named statements. */
export function withNamedStatements(pg: PGlite): NamedStatements {
  const statements = new Map<string, Prepared>();
  const declared = new Set<string>();
  let next = 0;
  let namedCount = 0;

  const isCacheable = (text: string, options?: QueryOptions) =>
    CACHEABLE.test(text) && options?.paramTypes === undefined && options?.blob === undefined;

  /** Drops a statement from the cache, closing it in the database when it was parsed under a name. */
  async function forget(text: string, stale: Prepared) {
    statements.delete(text);
    if (!stale.name) return;
    namedCount--;
    await pg.execProtocolStream(concat([serialize.close({ type: 'S', name: stale.name }), serialize.sync()]), {
      syncToFs: false,
    });
  }

  /** Describes `text` (its parameter types and rows), parsed under a name when it is to run named. */
  async function prepare(text: string, named: boolean): Promise<Prepared> {
    const old = statements.get(text);
    if (old) await forget(text, old);
    if (named && namedCount >= STATEMENT_CACHE_SIZE)
      for (const [oldest, stale] of statements)
        if (stale.name) {
          await forget(oldest, stale);
          break;
        }
    // Described statements hold no memory in the database; at most four times as many are kept.
    if (statements.size >= STATEMENT_CACHE_SIZE * 4) {
      const [oldest, stale] = statements.entries().next().value as [string, Prepared];
      await forget(oldest, stale);
    }
    const name = named ? `pgl_${++next}` : '';
    const described = await pg.execProtocolStream(
      concat([serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()]),
      { syncToFs: false },
    );
    const prepared: Prepared = {
      name,
      paramTypes: parse.parseDescribeStatementResults(described),
      rowDescription: described.find((m): m is messages.RowDescriptionMessage => m.name === 'rowDescription'),
    };
    statements.set(text, prepared);
    if (named) namedCount++;
    return prepared;
  }

  async function run<T>(text: string, params: unknown[], options: QueryOptions | undefined, inTransaction: boolean) {
    let statement = statements.get(text);
    const named = declared.has(text);
    try {
      if (statement && (statement.name !== '' || !named)) {
        statements.delete(text);
        statements.set(text, statement);
      } else {
        statement = await prepare(text, named);
      }
      const types = statement.paramTypes;
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const oid = types[i] ?? 0;
        const encode = options?.serializers?.[oid] ?? pg.serializers[oid];
        return encode ? encode(value) : String(value);
      });
      // Raw, so PGlite's parser does not read the reply too (it copies every field before decoding it).
      const chunks: Uint8Array[] = [];
      const bind = serialize.bind({ statement: statement.name, values });
      // Unnamed: parsed (with the parameter types described once) in the same call, planned for these values, and
      // its rows described afresh (a table changed since would otherwise be read with the old description).
      const message = statement.name
        ? [bind, serialize.execute({}), serialize.sync()]
        : [
            serialize.parse({ text, types }),
            bind,
            serialize.describe({ type: 'P' }),
            serialize.execute({}),
            serialize.sync(),
          ];
      await pg.execProtocolRawStream(concat(message), {
        syncToFs: false,
        onRawData: (chunk) => chunks.push(chunk.slice()),
      });
      const bytes = chunks.length === 1 ? chunks[0]! : concat(chunks);
      if (!inTransaction) await pg.syncToFs();
      const parserOf = (oid: number) => options?.parsers?.[oid] ?? pg.parsers[oid];
      const result = readResult(bytes, statement.rowDescription, parserOf, options?.rowMode === 'array');
      if (result) return result as Results<T>;
      // An error or a message readResult does not read: PGlite's own parser reads the reply (and its error is thrown).
      const replies: Message[] = [];
      new protocol.Parser().parse(bytes, (m) => replies.push(m));
      const failure = replies.find((m) => m instanceof messages.DatabaseError);
      if (failure) throw failure;
      const from = replies.findIndex((m) => m.name === 'bindComplete');
      const to = replies.findIndex((m, i) => i > from && m.name === 'readyForQuery');
      const own = replies.slice(from, to);
      const described = !statement.rowDescription || own.some((m) => m.name === 'rowDescription');
      return parse.parseResults(
        described ? own : [statement.rowDescription!, ...own],
        pg.parsers,
        options,
      )[0] as Results<T>;
    } catch (error) {
      // As PGlite's own query reports it; a statement PostgreSQL can no longer run as prepared is parsed afresh next time.
      if (error instanceof Error && 'code' in error) {
        Object.assign(error, { query: text, params, queryOptions: options });
        const stale = statements.get(text);
        if (stale && (error.code === '0A000' || error.code === '26000')) await forget(text, stale);
      }
      throw error;
    }
  }

  const query = async <T>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> => {
    if (!isCacheable(text, options) || pg.closed) return pg.query<T>(text, params, options);
    await pg.waitReady;
    // The same two locks PGlite's query takes: never inside another caller's open transaction, one call at a time.
    return pg._runExclusiveTransaction(() => pg._runExclusiveQuery(() => run<T>(text, params, options, false)));
  };

  const transaction = <T>(callback: (tx: Transaction) => Promise<T>): Promise<T> =>
    pg.transaction((tx) => {
      const named: Transaction = Object.create(tx, {
        query: {
          value: async <R>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<R>> => {
            if (!isCacheable(text, options) || tx.closed) return tx.query<R>(text, params, options);
            return pg._runExclusiveQuery(() => run<R>(text, params, options, true));
          },
        },
      });
      return callback(named);
    });

  const client = new Proxy(pg, {
    get(target, property) {
      if (property === 'query') return query;
      if (property === 'transaction') return transaction;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const declare = (text: string) => {
    if (declared.size >= STATEMENT_CACHE_SIZE * 4) declared.clear();
    declared.add(text);
  };
  return { client, declare };
}

const COUNTED = new Set(['INSERT', 'UPDATE', 'DELETE', 'COPY', 'MERGE']);

/**
 * The result of one Bind/Execute/Sync reply, as PGlite's parseResults builds it, read straight from the bytes (its
 * parser copies every field into a new buffer before decoding it: a sixth of a list request's CPU); undefined when the
 * statement's reply holds anything but DataRow, CommandComplete, PortalSuspended and EmptyQuery, or there is an error.
 */
function readResult(
  bytes: Uint8Array,
  description: messages.RowDescriptionMessage | undefined,
  parserOf: (oid: number) => Parser | undefined,
  asArrays: boolean,
): Results | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let fields = description ? description.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })) : [];
  const parsersOf = () =>
    fields.map((f) => parserOf(f.dataTypeID) ?? (types.parsers as Record<number, Parser>)[f.dataTypeID]);
  let parsers = parsersOf();
  const rows: unknown[] = [];
  let result: Results | undefined;
  // The statement's own reply runs from its BindComplete to the next ReadyForQuery; a SET around it answers too.
  let own = false;
  for (let at = 0; at < buffer.length; ) {
    const code = buffer[at];
    const end = at + 1 + buffer.readInt32BE(at + 1);
    if (code === 0x45) return undefined;
    if (!own) {
      own = code === 0x32;
    } else if (code === 0x5a) {
      own = false;
    } else if (code === 0x44) {
      // DataRow: a count, then each field's length (-1: null) and text.
      const values: unknown[] = [];
      let p = at + 7;
      for (let i = 0; i < fields.length; i++) {
        const length = buffer.readInt32BE(p);
        p += 4;
        let value: unknown = null;
        if (length >= 0) {
          const text = buffer.toString('utf8', p, p + length);
          const parse = parsers[i];
          value = parse ? parse(text, fields[i]!.dataTypeID) : text;
          p += length;
        }
        values.push(value);
      }
      rows.push(asArrays ? values : Object.fromEntries(fields.map((f, i) => [f.name, values[i]])));
    } else if (code === 0x54) {
      // RowDescription (an unnamed statement's, described beside its Bind): each field's name, then its table (4
      // bytes), column (2), type (4), size (2), modifier (4) and format (2).
      fields = [];
      let p = at + 7;
      for (let i = buffer.readInt16BE(at + 5); i > 0; i--) {
        const zero = buffer.indexOf(0, p);
        fields.push({ name: buffer.toString('utf8', p, zero), dataTypeID: buffer.readInt32BE(zero + 7) });
        p = zero + 19;
      }
      parsers = parsersOf();
    } else if (code === 0x6e) {
      // NoData: an unnamed statement that returns no rows.
      fields = [];
      parsers = [];
    } else if (code === 0x43) {
      // CommandComplete: the tag, e.g. "SELECT 2", "INSERT 0 5".
      const parts = buffer.toString('utf8', at + 5, end - 1).split(' ');
      const rowCount = Number.parseInt(parts[parts.length - 1] ?? '', 10);
      const command = parts[0] ?? '';
      result = { rows, fields, command, affectedRows: COUNTED.has(command) ? rowCount : 0 } as Results;
      if (!Number.isNaN(rowCount)) result.rowCount = rowCount;
    } else if (code !== 0x73 && code !== 0x49) {
      return undefined;
    }
    at = end;
  }
  return result ?? ({ affectedRows: 0, rows: [], fields: [] } as Results);
}
