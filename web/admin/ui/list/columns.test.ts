import type { TableColumnsType } from 'antd';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMN_WIDTH, EXPAND_COLUMN_WIDTH, shownColumns, tableMinWidth } from './columns';

type Row = { id: string };

const columns: TableColumnsType<Row> = [
  { title: '户主', dataIndex: 'id', width: 90, fixed: 'start' },
  { title: '住址', dataIndex: 'id', width: 110, ellipsis: true },
  { title: '摘要', dataIndex: 'id' },
  { title: '操作', key: 'actions', width: 140, fixed: 'end' },
];

describe('list table columns', () => {
  it('scrolls sideways below the sum of the declared widths, a default for the rest', () => {
    expect(tableMinWidth(columns)).toBe(90 + 110 + DEFAULT_COLUMN_WIDTH + 140);
    expect(tableMinWidth(columns, true)).toBe(
      90 + 110 + DEFAULT_COLUMN_WIDTH + 140 + EXPAND_COLUMN_WIDTH,
    );
  });

  it('counts the columns of a group, not the group', () => {
    const grouped: TableColumnsType<Row> = [
      {
        title: '达标',
        children: [
          { title: '天数', width: 70 },
          { title: '户数', width: 80 },
        ],
      },
      { title: '操作', width: 100 },
    ];
    expect(tableMinWidth(grouped)).toBe(250);
  });

  it('pins columns on a wide screen and none on a phone', () => {
    expect(shownColumns(columns, true)).toBe(columns);
    const phone = shownColumns(columns, false);
    expect(phone.map((c) => c.fixed)).toEqual([undefined, undefined, undefined, undefined]);
    expect(phone.map((c) => c.width)).toEqual([90, 110, undefined, 140]);
    const grouped = shownColumns<Row>(
      [{ title: '组', fixed: 'start', children: [{ title: '子', fixed: 'start' }] }],
      false,
    );
    expect(grouped[0]?.fixed).toBeUndefined();
    expect(
      grouped[0] && 'children' in grouped[0] ? grouped[0].children[0]?.fixed : 'x',
    ).toBeUndefined();
  });
});
