// Vite bundles stylesheets imported for their side effect; TypeScript needs to know they exist.
declare module '*.css';
