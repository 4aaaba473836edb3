// The part of autocannon's API the HTTP benchmark uses (the package ships no types).
declare module 'autocannon' {
  type Options = { url: string; connections?: number; duration?: number; amount?: number; connectionRate?: number; headers?: Record<string, string> };
  type Result = { requests: { total: number; average: number }; errors: number; timeouts: number; non2xx: number };
  type Instance = { on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void };
  function autocannon(options: Options, done: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
