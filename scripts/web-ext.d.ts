// web-ext ships no types; the two commands the scripts use.
declare module 'web-ext' {
  const webExt: {
    cmd: {
      build(options: Record<string, unknown>, runner: { shouldExitProgram: boolean }): Promise<{ extensionPath: string }>;
      lint(
        options: Record<string, unknown>,
        runner: { shouldExitProgram: boolean },
      ): Promise<{ summary: { errors: number; warnings: number }; errors: Array<{ code: string; file?: string; line?: number; message: string }>; warnings: Array<{ code: string; file?: string; line?: number; message: string }> }>;
      run(options: Record<string, unknown>, runner: { shouldExitProgram: boolean }): Promise<{ exit(): Promise<void> }>;
    };
  };
  export default webExt;
}
