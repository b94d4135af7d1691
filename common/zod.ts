import { z } from 'zod';

// Validation messages in zh-CN everywhere zod is used (server and web).
z.config(z.locales.zhCN());

export { z };
