// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://stargazer.example.com',
  integrations: [],
});
