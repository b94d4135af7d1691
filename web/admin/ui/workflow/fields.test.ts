import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { TWorkflowFieldSpec, TWorkflowStepOption } from '../../../../common/workflow.ts';
import { ApiError } from '../api';
import {
  byNameOrType,
  eventLines,
  fieldRules,
  initialValuesOf,
  maxLengthOf,
  noteRules,
  stepBody,
  stepFieldErrors,
} from './fields';

const field = (f: Partial<TWorkflowFieldSpec> & Pick<TWorkflowFieldSpec, 'name' | 'type'>) => ({
  label: f.name,
  required: false,
  ...f,
});

/** 交办 as GET /api/cases/{id}/actions offers it: a unit, a person, a due date, an optional text */
const assign: TWorkflowStepOption = {
  action: 'assign',
  label: '交办',
  public: true,
  fields: [
    field({ name: 'orgId', label: '承办单位', type: 'org', required: true }),
    field({ name: 'handlerCadreId', label: '承办人', type: 'cadre', required: true }),
    field({ name: 'dueDate', label: '办理时限', type: 'date' }),
    field({ name: 'reason', label: '理由', type: 'textarea', maxLength: 500 }),
  ],
};

describe('fieldRules', () => {
  it('asks for a required text in words, not counting blanks, with its limit', () => {
    expect(
      fieldRules(field({ name: 'reason', label: '理由', type: 'textarea', required: true })),
    ).toEqual([{ required: true, whitespace: true, message: '请填写理由' }, { max: 5000 }]);
  });

  it('asks to choose a required unit, person, date or option, with no length limit', () => {
    for (const type of ['org', 'cadre', 'date', 'select', 'case_category', 'case'] as const) {
      expect(fieldRules(field({ name: 'x', label: '承办单位', type, required: true }))).toEqual([
        { required: true, message: '请选择承办单位' },
      ]);
    }
  });

  it('gives an optional field only its limit: the spec’s, else the server’s default', () => {
    expect(fieldRules(field({ name: 'a', type: 'text', maxLength: 30 }))).toEqual([{ max: 30 }]);
    expect(fieldRules(field({ name: 'a', type: 'text' }))).toEqual([{ max: 200 }]);
    expect(fieldRules(field({ name: 'a', type: 'select' }))).toEqual([]);
    expect(maxLengthOf({ type: 'textarea' })).toBe(5000);
    expect(maxLengthOf({ type: 'cadre', maxLength: 10 })).toBeUndefined();
  });

  it('never asks for a switch: off is an answer (办成实事公开: 否)', () => {
    expect(fieldRules(field({ name: 'publicity', type: 'boolean', required: true }))).toEqual([]);
  });
});

describe('noteRules', () => {
  it('requires the note only of a step that is its note (备注), always within 2000', () => {
    expect(noteRules(false)).toEqual([{ max: 2000 }]);
    expect(noteRules(true)).toEqual([
      { required: true, whitespace: true, message: '请填写备注' },
      { max: 2000 },
    ]);
  });
});

describe('stepBody', () => {
  it('sends the action, the trimmed note and the filled-in fields, a date as YYYY-MM-DD', () => {
    expect(
      stepBody(assign, {
        orgId: 'org-1',
        handlerCadreId: 'cadre-1',
        dueDate: dayjs('2014-05-20'),
        reason: '  ',
        note: ' 请尽快核实 ',
      }),
    ).toEqual({
      action: 'assign',
      orgId: 'org-1',
      handlerCadreId: 'cadre-1',
      dueDate: '2014-05-20',
      note: '请尽快核实',
    });
  });

  it('sends a switch turned off as false, one never touched not at all', () => {
    const answer = {
      action: 'answer',
      label: '办结答复',
      public: true,
      fields: [
        field({ name: 'answer', type: 'textarea', required: true }),
        field({ name: 'publicity', type: 'boolean' }),
      ],
    };
    expect(stepBody(answer, { answer: '已修复', publicity: false })).toEqual({
      action: 'answer',
      answer: '已修复',
      publicity: false,
    });
    expect(stepBody(answer, { answer: '已修复' })).toEqual({ action: 'answer', answer: '已修复' });
  });

  it('leaves out an empty note and anything that is not the step’s field', () => {
    const start = { action: 'start', label: '开始办理', public: true, fields: [] };
    expect(stepBody(start, { note: '', categoryId: 'left-from-another-step' })).toEqual({
      action: 'start',
    });
  });

  it('sends a `note` the step declares as its field, not as the note', () => {
    const step = { ...assign, fields: [field({ name: 'note', type: 'textarea', required: true })] };
    expect(stepBody(step, { note: ' 说明 ' })).toEqual({ action: 'assign', note: '说明' });
  });
});

describe('initialValuesOf', () => {
  it('starts the step’s fields from what the record holds, a date as a Dayjs', () => {
    const values = initialValuesOf(assign, {
      orgId: 'org-1',
      handlerCadreId: null,
      dueDate: '2014-05-20',
      categoryId: 'not-this-step',
    });
    expect(Object.keys(values).sort()).toEqual(['dueDate', 'orgId']);
    expect(values.orgId).toBe('org-1');
    expect(dayjs.isDayjs(values.dueDate)).toBe(true);
    expect((values.dueDate as dayjs.Dayjs).format('YYYY-MM-DD')).toBe('2014-05-20');
  });
});

describe('stepFieldErrors', () => {
  it('puts the server’s messages under the step’s fields, body.x and x alike', () => {
    const error = new ApiError(400, 'WORKFLOW_FIELDS', '「交办」需要填写：承办单位、承办人', [
      { field: 'orgId', message: '请填写承办单位' },
      { field: 'body.handlerCadreId', message: '无效的编号' },
      { field: 'body.handlerCadreId', message: '不在该单位' },
      { field: 'body.note', message: '备注不能超过 2000 个字' },
    ]);
    expect(stepFieldErrors(assign, error)).toEqual([
      { name: 'orgId', errors: ['请填写承办单位'] },
      { name: 'handlerCadreId', errors: ['无效的编号', '不在该单位'] },
      { name: 'note', errors: ['备注不能超过 2000 个字'] },
    ]);
  });

  it('has none for a refusal about no field (409: the record moved) or another field', () => {
    const moved = new ApiError(409, 'WORKFLOW_STEP', '该件当前状态为「不予受理」，不能「交办」');
    expect(stepFieldErrors(assign, moved)).toEqual([]);
    const other = new ApiError(400, 'VALIDATION', '输入有误', [{ field: 'x', message: '?' }]);
    expect(stepFieldErrors(assign, other)).toEqual([]);
    expect(stepFieldErrors(assign, new Error('network'))).toEqual([]);
  });
});

describe('byNameOrType', () => {
  it('finds a kind’s picker by the field’s name first, then by its type', () => {
    const map = { org: 'unit tree', categoryId: 'categories', select: 'any list' };
    expect(byNameOrType(map, { name: 'orgId', type: 'org' })).toBe('unit tree');
    expect(byNameOrType(map, { name: 'categoryId', type: 'select' })).toBe('categories');
    expect(byNameOrType(map, { name: 'grade', type: 'select' })).toBe('any list');
    expect(byNameOrType(map, { name: 'reason', type: 'textarea' })).toBeUndefined();
    expect(byNameOrType(undefined, { name: 'reason', type: 'textarea' })).toBeUndefined();
  });
});

describe('eventLines', () => {
  it('shows the given fields the kind names, then the note', () => {
    expect(
      eventLines(
        { fields: { reason: '不属于本局职责', orgId: 'org-1', grade: 2 }, note: '已电话告知' },
        { reason: '理由', grade: '等次' },
      ),
    ).toEqual(['理由：不属于本局职责', '等次：2', '已电话告知']);
    expect(eventLines({ fields: {}, note: '' }, {})).toEqual([]);
  });
});
