import type * as z from 'zod/mini';
import { choiceSchema } from './choice-schema.js';
import { strictObject } from './schemas.js';

/**
 * The strict object of a result's JSON snapshot: its `kind`, `schemaVersion` 1, then the keys of
 * `shape`, in the order the live result has them. Internal: every area's snapshot readers build
 * their top-level objects with it.
 */
export const snapshotObject = <const K extends string, Shape extends z.core.$ZodLooseShape>(
  kind: K,
  shape: Shape,
) => strictObject({ kind: choiceSchema([kind]), schemaVersion: choiceSchema([1]), ...shape });
