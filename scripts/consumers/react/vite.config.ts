import { defineConfig } from 'vite';

// No React plugin: the build needs only JSX, which Vite turns into React's automatic
// runtime (from "jsx": "react-jsx" in tsconfig.json).
export default defineConfig({ build: { target: 'es2022' } });
