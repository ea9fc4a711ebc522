import { MaxLength } from 'class-validator';
import { Optional } from '../../common/input-fields.js';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { guardedByParent } from '../../common/decisions.js';

export const LedgerFormat = { XLSX: 'XLSX', DOCX: 'DOCX' } as const;
export type LedgerFormat = (typeof LedgerFormat)[keyof typeof LedgerFormat];
registerEnumType(LedgerFormat, {
  name: 'LedgerFormat',
  description: 'XLSX: one sheet per record kind; DOCX: a printable ledger grouped by pairing',
});

@InputType({ description: '台账: the records of a period, for the bureau or one branch' })
export class ExportLedgerInput {
  @Field({ description: 'YYYY-MM-DD' })
  @MaxLength(10)
  from!: string;

  @Field({ description: 'YYYY-MM-DD, included' })
  @MaxLength(10)
  to!: string;

  @Optional(() => ID, 'One branch; omitted: the widest scope the viewer has')
  branchId?: string | null;

  @Field(() => LedgerFormat)
  format!: LedgerFormat;
}

@ObjectType()
export class LedgerExport {
  @Field({ description: 'Relative URL; downloads the file with the viewer’s session (cookie)' })
  url!: string;

  @Field()
  filename!: string;
}
guardedByParent('LedgerExport', 'The result of the viewer’s own exportLedger; the download re-checks the session.');
