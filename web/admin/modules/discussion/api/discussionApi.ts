import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../../ui/api';
import type {
  DiscussionLimits,
  DiscussionModeration,
  DiscussionPost,
  DiscussionReportReason,
  DiscussionReportResult,
  DiscussionThread,
  ThreadInput,
} from '../types/discussion';

export const THREADS_PATH = '/api/discussion/threads';
export const POSTS_PATH = '/api/discussion/posts';
export const MODERATION_PATH = '/api/discussion/moderation';

export const discussionKeys = {
  all: ['discussion'] as const,
  lists: () => [...discussionKeys.all, 'list'] as const,
  limits: () => [...discussionKeys.all, 'limits'] as const,
  thread: (id: string) => [...discussionKeys.all, 'thread', id] as const,
  replies: (id: string, page: number) => [...discussionKeys.all, 'replies', id, page] as const,
  moderation: (page: number) => [...discussionKeys.all, 'moderation', page] as const,
  post: (id: string) => [...discussionKeys.all, 'post', id] as const,
};

const enc = encodeURIComponent;

/** The settings a form shows (字数 n/max) and whether the user moderates. */
export const useDiscussionLimits = () =>
  useQuery({
    queryKey: discussionKeys.limits(),
    queryFn: () => apiRequest<DiscussionLimits>(`${THREADS_PATH}/limits`),
    staleTime: 60_000,
  });

export const useThread = (id: string | null) =>
  useQuery({
    queryKey: discussionKeys.thread(id ?? ''),
    queryFn: () => apiRequest<DiscussionThread>(`${THREADS_PATH}/${enc(id ?? '')}`),
    enabled: Boolean(id),
  });

export const REPLIES_PAGE_SIZE = 10;

export const useReplies = (id: string | null, page: number) =>
  useQuery({
    queryKey: discussionKeys.replies(id ?? '', page),
    queryFn: () =>
      apiRequest<Page<DiscussionPost>>(`${THREADS_PATH}/${enc(id ?? '')}/replies`, {
        query: { page, pageSize: REPLIES_PAGE_SIZE },
      }),
    enabled: Boolean(id),
  });

export const useModeration = (page: number, enabled: boolean) =>
  useQuery({
    queryKey: discussionKeys.moderation(page),
    queryFn: () =>
      apiRequest<DiscussionModeration>(MODERATION_PATH, { query: { page, pageSize: 10 } }),
    enabled,
  });

/** Any change reloads every list, thread and reply page of the discussion. */
function useDiscussionChange<A, R = unknown>(call: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => client.invalidateQueries({ queryKey: discussionKeys.all }),
  });
}

export const useCreateThread = () =>
  useDiscussionChange((input: ThreadInput) =>
    apiRequest<DiscussionThread>(THREADS_PATH, { method: 'POST', body: input }),
  );

export const useReply = (threadId: string) =>
  useDiscussionChange((body: string) =>
    apiRequest<DiscussionPost>(`${THREADS_PATH}/${enc(threadId)}/replies`, {
      method: 'POST',
      body: { body },
    }),
  );

/** A thread by its path, a reply by /posts/{id}. */
const pathOf = (post: Pick<DiscussionPost, 'id' | 'threadId'>) =>
  `${post.threadId ? POSTS_PATH : THREADS_PATH}/${enc(post.id)}`;

export const useEditPost = () =>
  useDiscussionChange(({ post, body }: { post: DiscussionPost; body: string }) =>
    apiRequest<DiscussionPost>(pathOf(post), { method: 'PATCH', body: { body } }),
  );

export const useDeletePost = () =>
  useDiscussionChange((post: DiscussionPost) =>
    apiRequest<void>(pathOf(post), { method: 'DELETE' }),
  );

export const useReport = () =>
  useDiscussionChange<
    { post: DiscussionPost; reason: DiscussionReportReason; note?: string },
    DiscussionReportResult
  >(
    ({
      post,
      reason,
      note,
    }: {
      post: DiscussionPost;
      reason: DiscussionReportReason;
      note?: string;
    }) =>
      apiRequest<DiscussionReportResult>(`${pathOf(post)}/report`, {
        method: 'POST',
        body: { reason, note: note ?? '' },
      }),
  );
