import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import type { Rows } from '../../src/sql/index.js';

// A real PostgreSQL for the tests, queried with node-postgres, the client councils use. With
// SOCIAL_VALUE_TEST_POSTGRES set to a server's connection string (`.ci/run` starts a throwaway
// PostgreSQL server when the machine has one), each test gets a fresh database on that server,
// dropped at the end. Otherwise the test starts its own: PGlite (PostgreSQL 17 compiled to WASM)
// served over the wire protocol on a free port by pglite-socket. Nothing is left running.

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

/** The server given by SOCIAL_VALUE_TEST_POSTGRES, if any. */
const serverUrl = process.env.SOCIAL_VALUE_TEST_POSTGRES || undefined;

/** Databases made on that server so far by this test file. */
let made = 0;

/**
 * A fresh database on the server at SOCIAL_VALUE_TEST_POSTGRES, or else PGlite served on a free
 * port, with node-postgres connected to it.
 */
export async function startDatabase(): Promise<TestDatabase> {
  return serverUrl === undefined ? startPglite() : startOnServer(serverUrl);
}

/** Connects node-postgres to `url`, returning the client and a `close` that ends it once. */
async function connect(url: string, stop: () => Promise<void>): Promise<TestDatabase> {
  const client = new pg.Client({ connectionString: url, types });
  try {
    await client.connect();
  } catch (error) {
    await stop();
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
    url,
    close: async () => {
      if (!ended) await client.end();
      await stop();
    },
  };
}

/** Makes a database on the server (one name per process and call) and connects to it. */
async function startOnServer(url: string): Promise<TestDatabase> {
  const name = `social_value_test_${process.pid}_${++made}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return connect(target.href, async () => {
    const dropper = new pg.Client({ connectionString: url });
    await dropper.connect();
    try {
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await dropper.end();
    }
  });
}

/** Starts PGlite, serves it on a free port and connects node-postgres to it. */
async function startPglite(): Promise<TestDatabase> {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await server.start();
  const port = Number(server.getServerConn().split(':').at(-1));
  return connect(`postgres://postgres@127.0.0.1:${port}/postgres`, async () => {
    await server.stop();
    await db.close();
  });
}

/** PostgreSQL's own limit on the parameters of one statement. */
const MAX_PARAMETERS = 65_535;

/**
 * Inserts every table of `toRows` output, parents first, with parameterised multi-row INSERTs
 * (as many rows per statement as PostgreSQL's parameter limit allows), and returns the number
 * of statements run for each table.
 */
export async function insertRows(
  client: pg.Client,
  rows: Rows,
): Promise<Readonly<Record<string, number>>> {
  const statements: Record<string, number> = {};
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
      statements[table] = (statements[table] ?? 0) + 1;
    }
  }
  return statements;
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

/**
 * The database of one test file, with the reference schema: started before its tests and closed
 * after them (its fields are read when a test runs).
 */
export function databaseWithSchema(): TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await startDatabase();
    await database.client.query(schemaSql);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });
  return {
    get client() {
      return database!.client;
    },
    get url() {
      return database!.url;
    },
    close: () => database!.close(),
  };
}
