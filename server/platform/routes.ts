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
import { readUploadedFileNamed, type UploadedFile } from './upload.ts';

/** The usual routes of a resource, by what they do (each has its OpenAPI summary). */
export type ResourceRoute = 'list' | 'export' | 'template' | 'import' | 'get' | 'create' | 'update';
export type ResourceRoutes = ResourceRoute | 'put' | 'remove';

/**
 * A resource's routes in one place: its path, tags, who reads and who writes, the summaries of
 * its routes in the OpenAPI document and the names of the files it sends.
 */
export type Resource = {
  path: string;
  tags: string[];
  policy: { read: readonly Role[]; write: readonly Role[] };
  /** by route: the usual ones by their shape's name, a view or an action by its path's name */
  summary: Partial<Record<ResourceRoutes, string>> & Record<string, string>;
  /** the file name of the Excel export and of the import template */
  files?: { export?: string; template?: string };
  /** what names one record in the path: `:id` (a UUID) unless said otherwise */
  key?: { name: string; schema: z.ZodType };
};

type Call<A extends unknown[], R> = (ctx: RequestContext, ...args: A) => Promise<R>;
type Xlsx = Buffer | Readable;

/**
 * The route shapes the modules share — permission → zod → one service call → typed answer — so
 * a module declares which of them it has and what service function answers each.
 */
export function resourceRoutes(app: FastifyInstance, db: Db, res: Resource) {
  const read = requireRole(...res.policy.read);
  const write = requireRole(...res.policy.write);
  const { path, tags } = res;
  const summaryOf = (name: string) => {
    const summary = res.summary[name];
    if (!summary) throw new Error(`${path}: no summary for the ${name} route`);
    return summary;
  };
  const fileOf = (name: 'export' | 'template') => {
    const file = res.files?.[name];
    if (!file) throw new Error(`${path}: no file name for the ${name} route`);
    return file;
  };
  const ctx = (req: FastifyRequest) => contextOf(req, db);
  const key = res.key ?? { name: 'id', schema: ZIdParamsSchema };
  const one = `${path}/:${key.name}`;
  const byId = (req: FastifyRequest) => (req.params as Record<string, string>)[key.name] as string;
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
  /** a route that changes the record the path names, with what the body says */
  const change =
    (method: HTTPMethods, name: string, suffix = '') =>
    <B extends z.ZodType, R extends z.ZodType>(
      body: B,
      response: R,
      call: Call<[string, z.output<B>], z.output<R>>,
    ) => {
      const schema = { params: key.schema, body, response: { 200: response } };
      add(method, `${one}${suffix}`, name, write, schema, (req) =>
        call(ctx(req), byId(req), req.body as z.output<B>),
      );
    };

  return {
    /** the typed instance, for a route of the module's own shape */
    r: app.withTypeProvider<ZodTypeProvider>(),
    read,
    write,
    ctx,
    /** GET {path}?…: a page of the list */
    list<Q extends z.ZodType, R extends z.ZodType>(
      query: Q,
      response: R,
      call: Call<[z.output<Q>], z.output<R>>,
    ) {
      add('GET', path, 'list', read, { querystring: query, response: { 200: response } }, (req) =>
        call(ctx(req), req.query as z.output<Q>),
      );
    },
    /** GET {path}/export?…: the filtered list as an Excel file */
    exportXlsx<Q extends z.ZodType>(query: Q, call: Call<[z.output<Q>], Xlsx>, hook = read) {
      add('GET', `${path}/export`, 'export', hook, { querystring: query }, async (req, reply) =>
        sendXlsx(reply, fileOf('export'), await call(ctx(req), req.query as z.output<Q>)),
      );
    },
    /** GET {path}/import-template and POST {path}/import: all rows or none */
    importXlsx(template: Call<[], Xlsx>, call: Call<[UploadedFile], unknown>) {
      add('GET', `${path}/import-template`, 'template', write, {}, async (req, reply) =>
        sendXlsx(reply, fileOf('template'), await template(ctx(req))),
      );
      const consumes = ['multipart/form-data'];
      add('POST', `${path}/import`, 'import', write, { consumes }, async (req) =>
        call(ctx(req), await readUploadedFileNamed(req)),
      );
    },
    /** GET {path}/:id */
    get<R extends z.ZodType>(response: R, call: Call<[string], z.output<R>>) {
      const schema = { params: key.schema, response: { 200: response } };
      add('GET', one, 'get', read, schema, (req) => call(ctx(req), byId(req)));
    },
    /** POST {path}: 201 with what was made */
    create<B extends z.ZodType, R extends z.ZodType>(
      body: B,
      response: R,
      call: Call<[z.output<B>], z.output<R>>,
    ) {
      add(
        'POST',
        path,
        'create',
        write,
        { body, response: { 201: response } },
        async (req, reply) => reply.status(201).send(await call(ctx(req), req.body as z.output<B>)),
      );
    },
    /** PATCH {path}/:id */
    update: change('PATCH', 'update'),
    /** PUT {path}/:key: set the record the key names */
    put: change('PUT', 'put'),
    /** GET {path}/{name}?…: a view of the resource other than its list */
    view<Q extends z.ZodType, R extends z.ZodType>(
      name: string,
      query: Q,
      response: R,
      call: Call<[z.output<Q>], z.output<R>>,
    ) {
      const schema = { querystring: query, response: { 200: response } };
      add('GET', `${path}/${name}`, name, read, schema, (req) =>
        call(ctx(req), req.query as z.output<Q>),
      );
    },
    /** POST {path}/:id/{name}: a step other than a change of fields */
    action: <B extends z.ZodType, R extends z.ZodType>(
      name: string,
      body: B,
      response: R,
      call: Call<[string, z.output<B>], z.output<R>>,
    ) => change('POST', name, `/${name}`)(body, response, call),
    /** DELETE {path}/:id: 204 */
    remove(call: Call<[string], unknown>) {
      add('DELETE', one, 'remove', write, { params: key.schema }, async (req, reply) => {
        await call(ctx(req), byId(req));
        return reply.status(204).send();
      });
    },
  };
}
