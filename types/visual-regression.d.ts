declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Element, name: string): Promise<void>;
}
