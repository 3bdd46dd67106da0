// Types of input-shapes.mjs (a plain module, so the benchmark runs without a build step).
export interface Shape {
  format: 'text' | 'markdown' | 'html'
  make(sources: readonly string[], bytes: number): string
}
export const shapes: Record<string, Shape>
