import { type AnyEntity, Collection, Reference, Utils, wrap } from '@mikro-orm/core';
import type { SubjectName, SubjectRecord } from '@tongxin/schema';

/**
 * The record as CASL sees it: scalar properties as they are, relations reduced to their primary
 * key. The permission conditions compare relation properties with ids (`{ branch: 3 }`), which
 * MikroORM turns into the same comparison on the foreign key column in SQL.
 */
export function toSubject(type: SubjectName, entity: object): SubjectRecord {
  const record: SubjectRecord = { __typename: type };
  for (const [key, value] of Object.entries(entity)) {
    if (key.startsWith('__') || value instanceof Collection) continue;
    if (Reference.isReference(value))
      record[key] = wrap((value as Reference<AnyEntity>).unwrap(), true).getPrimaryKey();
    else if (Utils.isEntity(value)) record[key] = wrap(value as AnyEntity, true).getPrimaryKey();
    else record[key] = value;
  }
  return record;
}
