/**
 * The scale data of the campaign's first two phases (issue 13): materials sent to every unit and
 * mostly signed for, studied online by most cadres; three sessions per unit with the unit's
 * cadres on the roster; the discussion; reflections (documents of kind `reflection`); volunteer
 * hours and front-line postings; rectification items of the county and section cadres in every
 * state. Same PRNG discipline as bench/generate.ts (its own stream, so the rows it made before
 * this file existed are unchanged).
 */
import type { DbOrTx } from '../server/db/client.ts';
import { columns, type Progress, TableWriter } from './load.ts';
import { type Rng, uuidAt } from './zh.ts';

const TZ = '+08:00';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type LearningUnit = {
  id: string;
  name: string;
  adminUserId: string;
  cadres: { id: string; name: string; rank: 'county' | 'section' | 'other' }[];
};

const MATERIALS = [
  ['dvd', '龚全珍同志先进事迹报告会光盘', null],
  ['book', '《龚全珍日记选》', null],
  ['book', '学习龚全珍 争做贴心人 学习读本', null],
  ['video', '话剧《老阿姨》', 'https://example.org/laoayi'],
  ['video', '电影《本色》', 'https://example.org/bense'],
  ['ringtone', '《老阿姨》主题彩铃', 'https://example.org/ringtone'],
] as const;

const SESSION_KINDS = [
  ['seminar', '学习《龚全珍日记选》座谈会'],
  ['viewing', '集中观看话剧《老阿姨》'],
  ['exchange', '学习龚全珍心得交流会'],
] as const;

const THOUGHTS = [
  '龚全珍老阿姨一辈子扎根基层，把群众的事当自己的事',
  '作为农业技术干部，要把技术送到田间地头',
  '我要每月按时到联系点住下来，听群众说真话',
  '对照老阿姨，我在为民服务上还有差距',
  '帮扶贫困户要真帮实扶，不搞形式主义',
  '要把群众反映的问题一件一件办好，办一件销一件',
];
const PROBLEMS = [
  ['为民服务', '深入基层不够，到联系点住夜次数偏少', '每月到联系点住夜不少于 3 天'],
  ['勤政务实', '调查研究浮在面上，解决实际问题不多', '围绕调研课题形成可落地的措施'],
  ['敢于担当', '遇到矛盾有畏难情绪，推诿扯皮', '实行首问负责，限时办结'],
  ['清正廉洁', '公务接待把关不严', '严格执行公务接待规定，每月公示'],
  ['信念坚定', '理论学习不系统', '制定个人学习计划，每月撰写学习笔记'],
] as const;

type Ctx = {
  tx: DbOrTx;
  r: Rng;
  progress: Progress;
  campaignId: string;
  officeUserId: string;
  units: LearningUnit[];
  /** the year's dates: learning Feb–Apr, self-examination May–Aug */
  year: number;
};

/** Fills the learning and self-examination tables; returns their row counts. */
export async function fillLearning(x: Ctx): Promise<Record<string, number>> {
  const { tx, r, progress } = x;
  const W = (table: string, spec: string, before: TableWriter[] = []) =>
    new TableWriter(tx, table, columns(spec), progress, before);
  const materialsW = W(
    'materials',
    'id:uuid campaign_id:uuid kind title description copies:int link created_by:uuid created_at:ts updated_at:ts',
  );
  const distW = W(
    'material_distributions',
    `id:uuid material_id:uuid org_id:uuid quantity:int sent_on:date received_at:ts received_by:uuid
     received_quantity:int receipt_note created_at:ts`,
    [materialsW],
  );
  const viewsW = W('material_views', 'material_id:uuid cadre_id:uuid viewed_at:ts', [materialsW]);
  const sessionsW = W(
    'study_sessions',
    `id:uuid org_id:uuid campaign_id:uuid kind title starts_at:ts ends_at:ts place presenter
     recorder_cadre_id:uuid minutes created_by:uuid created_at:ts updated_at:ts`,
  );
  const attendanceW = W(
    'session_attendance',
    'session_id:uuid cadre_id:uuid status reason method checked_in_at:ts recorded_by:uuid updated_at:ts',
    [sessionsW],
  );
  const postsW = W(
    'discussion_posts',
    `id:uuid campaign_id:uuid thread_id:uuid org_id:uuid audience author_user_id:uuid
     author_cadre_id:uuid title body state created_at:ts updated_at:ts`,
  );
  const serviceW = W(
    'service_records',
    `id:uuid cadre_id:uuid org_id:uuid campaign_id:uuid kind starts_on:date ends_on:date place task
     result hours:numeric created_by:uuid created_at:ts updated_at:ts`,
  );
  const docsW = W(
    'documents',
    `id:uuid kind cadre_id:uuid org_id:uuid campaign_id:uuid created_by:uuid title body
     details:jsonb state review_level:int rating submitted_at:ts approved_at:ts created_at:ts
     updated_at:ts`,
  );
  const rectW = W(
    'rectifications',
    `id:uuid cadre_id:uuid org_id:uuid campaign_id:uuid standard problem measure responsible
     deadline:date state evidence progress_note done_at:ts signed_off_by:uuid signed_off_at:ts
     created_by:uuid created_at:ts updated_at:ts`,
    [docsW],
  );
  const at = (month: number, day: number, hour = 9) =>
    Date.parse(
      `${x.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00${TZ}`,
    ) + r.int(HOUR);
  const dateOf = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);

  // ── materials: registered in February, sent to every unit, most signed for within days ──
  const online: string[] = [];
  const materialIds: string[] = [];
  for (const [kind, title, link] of MATERIALS) {
    const t = at(2, 10);
    const id = uuidAt(r, t);
    materialIds.push(id);
    if (link) online.push(id);
    await materialsW.push([
      id,
      x.campaignId,
      kind,
      title,
      '',
      link ? null : x.units.length * 5,
      link,
      x.officeUserId,
      new Date(t),
      new Date(t),
    ]);
  }
  for (const u of x.units) {
    for (const m of materialIds) {
      const sent = at(2, 15);
      const received = r.chance(0.9);
      const rt = sent + r.between(1, 6) * DAY;
      await distW.push([
        uuidAt(r, sent),
        m,
        u.id,
        5,
        dateOf(sent),
        received ? new Date(rt) : null,
        received ? u.adminUserId : null,
        received ? 5 : null,
        received ? '已收到' : null,
        new Date(sent),
      ]);
    }
    for (const c of u.cadres)
      for (const m of online)
        if (r.chance(0.7)) await viewsW.push([m, c.id, new Date(at(3, r.between(1, 28), 20))]);
  }

  // ── sessions: three per unit (Feb–Apr), the unit's cadres on the roster ──
  for (const u of x.units) {
    for (const [i, [kind, title]] of SESSION_KINDS.entries()) {
      const start = at(2 + i, r.between(5, 25), 15);
      const id = uuidAt(r, start);
      const recorder = u.cadres[u.cadres.length - 1];
      await sessionsW.push([
        id,
        u.id,
        x.campaignId,
        kind,
        title,
        new Date(start),
        new Date(start + 2 * HOUR),
        `${u.name}会议室`,
        u.cadres[0]?.name ?? '',
        recorder?.id ?? null,
        '与会同志逐一发言，联系工作实际谈体会。',
        u.adminUserId,
        new Date(start - 3 * DAY),
        new Date(start + 3 * HOUR),
      ]);
      for (const c of u.cadres) {
        const status = r.weighted([
          ['present', 85],
          ['late', 5],
          ['leave', 7],
          ['absent', 3],
        ] as const);
        const qr = status !== 'leave' && status !== 'absent' && r.chance(0.6);
        await attendanceW.push([
          id,
          c.id,
          status,
          status === 'leave' ? '下乡驻村' : null,
          status === 'leave' || status === 'absent' ? 'recorder' : qr ? 'qr' : 'recorder',
          qr ? new Date(start + r.int(30 * 60_000)) : null,
          qr ? null : u.adminUserId,
          new Date(start + 3 * HOUR),
        ]);
      }
    }
  }

  // ── the discussion: a thread per unit, replies by a third of its cadres ──
  for (const u of x.units) {
    const t0 = at(3, r.between(1, 20), 10);
    const thread = uuidAt(r, t0);
    const author = u.cadres[0];
    if (!author) continue;
    await postsW.push([
      thread,
      x.campaignId,
      null,
      u.id,
      'unit',
      u.adminUserId,
      author.id,
      '学习龚全珍，我该怎么做',
      r.pick(THOUGHTS),
      'visible',
      new Date(t0),
      new Date(t0),
    ]);
    for (const c of u.cadres) {
      if (!r.chance(0.33)) continue;
      const t = t0 + r.between(1, 20) * HOUR;
      await postsW.push([
        uuidAt(r, t),
        x.campaignId,
        thread,
        u.id,
        'unit',
        u.adminUserId,
        c.id,
        null,
        `${r.pick(THOUGHTS)}。`,
        r.chance(0.01) ? 'removed' : 'visible',
        new Date(t),
        new Date(t),
      ]);
    }
  }

  // ── volunteer hours (most cadres) and front-line postings (one in twenty) ──
  for (const u of x.units) {
    for (const c of u.cadres) {
      for (let k = r.int(4); k > 0; k--) {
        const t = at(r.between(3, 9), r.between(1, 28), 9);
        await serviceW.push([
          uuidAt(r, t),
          c.id,
          u.id,
          x.campaignId,
          'volunteer',
          dateOf(t),
          null,
          '联系点村委会',
          '为群众义务服务',
          null,
          r.between(2, 8),
          u.adminUserId,
          new Date(t),
          new Date(t),
        ]);
      }
      if (r.chance(0.05)) {
        const t = at(3, 1, 9);
        await serviceW.push([
          uuidAt(r, t),
          c.id,
          u.id,
          x.campaignId,
          'frontline',
          dateOf(t),
          dateOf(t + 90 * DAY),
          '联系点所在村',
          '驻村帮扶',
          '完成产业规划',
          null,
          u.adminUserId,
          new Date(t),
          new Date(t),
        ]);
      }
    }
  }

  // ── reflections (six in ten cadres) and rectification items of county/section cadres ──
  const STATES = [
    ['draft', 15],
    ['submitted', 20],
    ['returned', 5],
    ['approved', 45],
    ['published', 15],
  ] as const;
  for (const u of x.units) {
    for (const c of u.cadres) {
      if (r.chance(0.6)) {
        const t = at(4, r.between(1, 28), 16);
        const state = r.weighted(STATES);
        const submitted = state !== 'draft';
        const approved = state === 'approved' || state === 'published';
        await docsW.push([
          uuidAt(r, t),
          'reflection',
          c.id,
          u.id,
          x.campaignId,
          u.adminUserId,
          `${c.name}学习龚全珍心得体会`,
          `${r.pick(THOUGHTS)}。${r.pick(THOUGHTS)}。`,
          {},
          state,
          0,
          approved ? r.pick(['excellent', 'good', 'fair']) : null,
          submitted ? new Date(t + DAY) : null,
          approved ? new Date(t + 3 * DAY) : null,
          new Date(t),
          new Date(t + 3 * DAY),
        ]);
      }
      if (c.rank === 'other') continue;
      for (let k = r.between(1, 3); k > 0; k--) {
        const [standard, problem, measure] = r.pick(PROBLEMS);
        const t = at(6, r.between(1, 28), 10);
        const state = r.weighted([
          ['open', 20],
          ['in_progress', 30],
          ['submitted', 10],
          ['done', 40],
        ] as const);
        const done = state === 'done';
        const deadline = dateOf(t + r.between(30, 150) * DAY);
        await rectW.push([
          uuidAt(r, t),
          c.id,
          u.id,
          x.campaignId,
          standard,
          problem,
          measure,
          c.name,
          deadline,
          state,
          done || state === 'submitted' ? '整改情况说明及照片' : '',
          state === 'open' ? '' : '正在推进',
          done ? new Date(t + 60 * DAY) : null,
          done ? u.adminUserId : null,
          done ? new Date(t + 60 * DAY) : null,
          u.adminUserId,
          new Date(t),
          new Date(t),
        ]);
      }
    }
  }
  const writers = [
    materialsW,
    distW,
    viewsW,
    sessionsW,
    attendanceW,
    postsW,
    serviceW,
    docsW,
    rectW,
  ];
  for (const w of writers) await w.flush();
  return Object.fromEntries(writers.map((w) => [w.table, w.written]));
}
