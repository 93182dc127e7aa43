import { z } from 'zod';

// Generic validation messages (wrong type, too long…) in Chinese for the clerk; our own messages override them.
z.config(z.locales.zhCN());
