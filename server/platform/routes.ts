import type { Readable } from 'node:stream';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchema,
  HTTPMethods,
  onRequestHookHandler,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { ZIdParamsSchema } from '../../common/paging.ts';
import type { Db } from '../db/client.ts';
import type { RequestContext, Role } from './access.ts';
import { contextOf, requireRole } from './auth/plugin.ts';
import { sendXlsx } from './excel.ts';
import { type ApiResource, apiText } from './i18n/zh-CN.ts';
import { readUploadedFileNamed, type UploadedFile } from './upload.ts';

/** Who reads a resource and who changes it (its `*.policy.ts`). */
export type ResourcePolicy = { read: readonly Role[]; write: readonly Role[] };
/** What names one record in the path: `:id` (a UUID) unless said otherwise. */
export type ResourceKey = { name: string; schema: z.ZodType };
/** `key`: what names one record; `tag`: the OpenAPI tag when it is not the resource's name. */
export type ResourceOptions = { key?: ResourceKey; tag?: string };

type Call<A extends unknown[], R> = (ctx: RequestContext, ...args: A) => Promise<R>;
type Xlsx = Buffer | Readable;
/** A file name of the catalog: fixed, or made from the query (e.g. the month exported). */
type FileName = string | ((query: never) => string);
type Text = { summary: Record<string, string>; files?: Record<string, FileName> };

/**
 * The route shapes the modules share — permission → zod → one service call → typed answer — so
 * a module declares which of them it has and what service function answers each. The resource
 * `name` is its path under /api and (unless `tag` says otherwise) its tag; its summaries and file
 * names are in the catalog (`apiText` in i18n/zh-CN.ts). `as` gives the same shapes under other
 * roles, for the routes of a resource that another row of its policy guards.
 */
export function resourceRoutes(
  app: FastifyInstance,
  db: Db,
  name: ApiResource,
  policy: ResourcePolicy,
  options: ResourceOptions = {},
) {
  return {
    ...shapes(app, db, name, policy, options),
    /** the same shapes, guarded by other roles for reading and/or writing */
    as: (roles: Partial<ResourcePolicy>) => shapes(app, db, name, { ...policy, ...roles }, options),
  };
}

function shapes(
  app: FastifyInstance,
  db: Db,
  name: ApiResource,
  policy: ResourcePolicy,
  { key = { name: 'id', schema: ZIdParamsSchema }, tag = name }: ResourceOptions,
) {
  const read = requireRole(...policy.read);
  const write = requireRole(...policy.write);
  const path = `/api/${name}`;
  const tags = [tag];
  const text: Text = apiText[name];
  const summaryOf = (name: string) => {
    const summary = text.summary[name];
    if (!summary) throw new Error(`${path}: no summary for the ${name} route`);
    return summary;
  };
  const fileOf = (name: 'export' | 'template', query: unknown) => {
    const file = text.files?.[name];
    if (!file) throw new Error(`${path}: no file name for the ${name} route`);
    return typeof file === 'function' ? (file as (q: unknown) => string)(query) : file;
  };
  const ctx = (req: FastifyRequest) => contextOf(req, db);
  const one = `${path}/:${key.name}`;
  const byId = (req: FastifyRequest) => (req.params as Record<string, string>)[key.name] as string;
  const childIdOf = (req: FastifyRequest) =>
    (req.params as Record<string, string>).childId as string;
  /** the zod parts of a route that are given (a route without a body has no `body: undefined`) */
  const zodOf = (parts: Record<string, z.ZodType | null | undefined>) =>
    Object.fromEntries(Object.entries(parts).filter(([, v]) => v)) as Record<string, z.ZodType>;
  /** one route of a shape: its types are checked where a module declares it */
  const add = (
    method: HTTPMethods,
    url: string,
    name: string,
    onRequest: onRequestHookHandler,
    schema: Omit<FastifySchema, 'tags' | 'summary'> & { consumes?: string[] },
    handler: (req: FastifyRequest, reply: FastifyReply) => unknown,
  ) =>
    app.route({
      method,
      url,
      schema: { tags, summary: summaryOf(name), ...schema },
      onRequest,
      handler,
    });
  /** a GET answered with `response`, of the whole resource or of the record the path names */
  const query =
    (url: string, name: string, hook = read, paramsSchema: z.ZodType | null = null) =>
    <Q extends z.ZodType, R extends z.ZodType>(
      querystring: Q | null,
      response: R,
      answer: (req: FastifyRequest, query: z.output<Q>) => Promise<z.output<R>>,
    ) => {
      const schema = zodOf({ params: paramsSchema, querystring });
      // without a query schema the service gets no query (not Fastify's empty object)
      add('GET', url, name, hook, { ...schema, response: { 200: response } }, (req) =>
        answer(req, (querystring ? req.query : undefined) as z.output<Q>),
      );
    };
  /** a write with what the body says: 200, or 201 when it makes something */
  const send =
    (method: HTTPMethods, url: string, name: string, paramsSchema: z.ZodType | null) =>
    <B extends z.ZodType, R extends z.ZodType>(
      body: B | null,
      response: R,
      answer: (req: FastifyRequest) => Promise<z.output<R>>,
      status: 200 | 201 = 200,
    ) => {
      const schema = { ...zodOf({ params: paramsSchema, body }), response: { [status]: response } };
      add(method, url, name, write, schema, async (req, reply) =>
        reply.status(status).send(await answer(req)),
      );
    };
  /** a route that changes the record the path names, with what the body says */
  const change =
    (method: HTTPMethods, name: string, suffix = '') =>
    <B extends z.ZodType, R extends z.ZodType>(
      body: B | null,
      response: R,
      call: Call<[string, z.output<B>], z.output<R>>,
      status: 200 | 201 = 200,
    ) =>
      send(method, `${one}${suffix}`, name, key.schema)(
        body,
        response,
        (req) => call(ctx(req), byId(req), req.body as z.output<B>),
        status,
      );
  /** GET {path}/:id/{name}?…, summed up by the catalog's `summary` */
  const ofRecord =
    (name: string, summary = name) =>
    <Q extends z.ZodType, R extends z.ZodType>(
      querystring: Q | null,
      response: R,
      call: Call<[string, z.output<Q>], z.output<R>>,
    ) =>
      query(
        `${one}/${name}`,
        summary,
        read,
        key.schema,
      )(querystring, response, (req, q) => call(ctx(req), byId(req), q));
  /** DELETE of what the path names: 204 */
  const removeAt = (
    url: string,
    name: string,
    paramsSchema: z.ZodType,
    call: (req: FastifyRequest) => Promise<unknown>,
  ) =>
    add('DELETE', url, name, write, { params: paramsSchema }, async (req, reply) => {
      await call(req);
      return reply.status(204).send();
    });

  return {
    /** the typed instance, for a route of the module's own shape */
    r: app.withTypeProvider<ZodTypeProvider>(),
    read,
    write,
    ctx,
    /** GET {path}?…: a page of the list (or all of it, without a query) */
    list<Q extends z.ZodType, R extends z.ZodType>(
      querystring: Q | null,
      response: R,
      call: Call<[z.output<Q>], z.output<R>>,
    ) {
      query(path, 'list')(querystring, response, (req, q) => call(ctx(req), q));
    },
    /** GET {path}/export?…: the filtered list as an Excel file */
    exportXlsx<Q extends z.ZodType>(
      querystring: Q | null,
      call: Call<[z.output<Q>], Xlsx>,
      hook = read,
    ) {
      add('GET', `${path}/export`, 'export', hook, zodOf({ querystring }), async (req, reply) =>
        sendXlsx(
          reply,
          fileOf('export', req.query),
          await call(ctx(req), req.query as z.output<Q>),
        ),
      );
    },
    /** GET {path}/import-template and POST {path}/import: all rows or none */
    importXlsx(template: Call<[], Xlsx>, call: Call<[UploadedFile], unknown>) {
      add('GET', `${path}/import-template`, 'template', write, {}, async (req, reply) =>
        sendXlsx(reply, fileOf('template', req.query), await template(ctx(req))),
      );
      const consumes = ['multipart/form-data'];
      add('POST', `${path}/import`, 'import', write, { consumes }, async (req) =>
        call(ctx(req), await readUploadedFileNamed(req)),
      );
    },
    /** GET {path}/:id */
    get<R extends z.ZodType>(response: R, call: Call<[string], z.output<R>>) {
      query(one, 'get', read, key.schema)(null, response, (req) => call(ctx(req), byId(req)));
    },
    /** GET {path}/:id/{name}?…: a view of one record other than its detail */
    detail<Q extends z.ZodType, R extends z.ZodType>(
      name: string,
      querystring: Q | null,
      response: R,
      call: Call<[string, z.output<Q>], z.output<R>>,
    ) {
      ofRecord(name)(querystring, response, call);
    },
    /** POST {path}: 201 with what was made */
    create<B extends z.ZodType, R extends z.ZodType>(
      body: B,
      response: R,
      call: Call<[z.output<B>], z.output<R>>,
    ) {
      send('POST', path, 'create', null)(
        body,
        response,
        (req) => call(ctx(req), req.body as z.output<B>),
        201,
      );
    },
    /** PATCH {path}/:id */
    update: change('PATCH', 'update'),
    /** PUT {path}/:key: set the record the key names */
    put: change('PUT', 'put'),
    /** GET {path}/{name}?…: a view of the resource other than its list */
    view<Q extends z.ZodType, R extends z.ZodType>(
      name: string,
      querystring: Q,
      response: R,
      call: Call<[z.output<Q>], z.output<R>>,
    ) {
      query(`${path}/${name}`, name)(querystring, response, (req, q) => call(ctx(req), q));
    },
    /** POST {path}/:id/{name}: a step other than a change of fields (201 when it makes a record) */
    action: <B extends z.ZodType, R extends z.ZodType>(
      name: string,
      body: B | null,
      response: R,
      call: Call<[string, z.output<B>], z.output<R>>,
      status: 200 | 201 = 200,
    ) => change('POST', name, `/${name}`)(body, response, call, status),
    /** POST {path}/{name}: a command on the whole resource */
    command<B extends z.ZodType, R extends z.ZodType>(
      name: string,
      body: B | null,
      response: R,
      call: Call<[z.output<B>], z.output<R>>,
    ) {
      send(
        'POST',
        `${path}/${name}`,
        name,
        null,
      )(body, response, (req) => call(ctx(req), req.body as z.output<B>));
    },
    /** DELETE {path}/:id: 204 */
    remove(call: Call<[string], unknown>) {
      removeAt(one, 'remove', key.schema, (req) => call(ctx(req), byId(req)));
    },
    /**
     * The records a record holds, `{path}/:id/{name}` and `{path}/:id/{name}/:childId`
     * (`params` names both); their summaries are `{name}.list`, `{name}.create`, ….
     */
    children(name: string, params: z.ZodType = key.schema) {
      const many = `${one}/${name}`;
      const child = `${many}/:childId`;
      const ids = (req: FastifyRequest) => [byId(req), childIdOf(req)] as const;
      return {
        /** GET …/{name}?… */
        list: ofRecord(name, `${name}.list`),
        /** POST …/{name}: 201 with what was made */
        create<B extends z.ZodType, R extends z.ZodType>(
          body: B,
          response: R,
          call: Call<[string, z.output<B>], z.output<R>>,
        ) {
          change('POST', `${name}.create`, `/${name}`)(body, response, call, 201);
        },
        update<B extends z.ZodType, R extends z.ZodType>(
          body: B,
          response: R,
          call: Call<[string, string, z.output<B>], z.output<R>>,
        ) {
          send(
            'PATCH',
            child,
            `${name}.update`,
            params,
          )(body, response, (req) => call(ctx(req), ...ids(req), req.body as z.output<B>));
        },
        remove(call: Call<[string, string], unknown>) {
          removeAt(child, `${name}.remove`, params, (req) => call(ctx(req), ...ids(req)));
        },
      };
    },
  };
}
