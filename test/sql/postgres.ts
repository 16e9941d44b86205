import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import type { Rows } from '../../src/sql/index.js';

// A real PostgreSQL for the tests, started by the test itself: PGlite (PostgreSQL 17 compiled to
// WASM) served over the wire protocol on a free port by pglite-socket, and queried with
// node-postgres, the client councils use. No system service, nothing left running.

/** The reference schema, as the package ships it. */
export const schemaSql = readFileSync(resolve(import.meta.dirname, '../../sql/schema.sql'), 'utf8');

/** A database served on a free local port, with a connected node-postgres client. */
export interface TestDatabase {
  /** The node-postgres client. */
  readonly client: pg.Client;
  /** The connection string of the server (for clients of its own, once `client` has ended). */
  readonly url: string;
  /** Stops the client (if still connected), the server and the database. */
  readonly close: () => Promise<void>;
}

/** DATE as its text (node-postgres otherwise makes a local-midnight `Date`); the rest as usual. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.DATE
      ? (text: string) => text
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Starts PGlite, serves it on a free port and connects node-postgres to it. */
export async function startDatabase(): Promise<TestDatabase> {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await server.start();
  const port = Number(server.getServerConn().split(':').at(-1));
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    database: 'postgres',
    types,
  });
  try {
    await client.connect();
  } catch (error) {
    await server.stop();
    await db.close();
    throw error;
  }
  let ended = false;
  const end = client.end.bind(client);
  client.end = (async () => {
    ended = true;
    await end();
  }) as typeof client.end;
  return {
    client,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    close: async () => {
      if (!ended) await client.end();
      await server.stop();
      await db.close();
    },
  };
}

/** PostgreSQL's own limit on the parameters of one statement. */
const MAX_PARAMETERS = 65_535;

/**
 * Inserts every table of `toRows` output, parents first, with parameterised multi-row INSERTs
 * (as many rows per statement as PostgreSQL's parameter limit allows).
 */
export async function insertRows(client: pg.Client, rows: Rows): Promise<void> {
  for (const { table, columns, rows: list } of Object.values(rows.tables)) {
    const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
    for (let start = 0; start < list.length; start += perStatement) {
      const batch = list.slice(start, start + perStatement);
      const values = batch.map(
        (_row, r) => `(${columns.map((_c, c) => `$${r * columns.length + c + 1}`).join(', ')})`,
      );
      await client.query(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`,
        batch.flatMap((row) => columns.map((column) => row[column])),
      );
    }
  }
}

/** The type of every column of the public schema, by table then column, in column order. */
export async function columnTypes(
  client: pg.Client,
): Promise<Map<string, Map<string, { type: string; scale: number | null }>>> {
  const { rows } = await client.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    numeric_scale: number | null;
  }>(
    `SELECT table_name, column_name, data_type, numeric_scale FROM information_schema.columns
     WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  const tables = new Map<string, Map<string, { type: string; scale: number | null }>>();
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? new Map();
    columns.set(row.column_name, { type: row.data_type, scale: row.numeric_scale });
    tables.set(row.table_name, columns);
  }
  return tables;
}
