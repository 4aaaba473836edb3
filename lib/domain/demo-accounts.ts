import type { Role } from './roles';

// The demo agency's accounts. Their password is published (README, start banner), so it works only
// from the server's own machine: `npm start` refuses other interfaces while any account still has
// it, and a sign-in with it from another address is refused.

export const DEMO_PASSWORD = 'Demo-2024';

export const DEMO_LOGINS: { username: string; role: Role; displayName: string }[] = [
  { username: 'clerk', role: 'clerk', displayName: '王芳' },
  { username: 'clerk2', role: 'clerk', displayName: '陈静' },
  { username: 'supervisor', role: 'supervisor', displayName: '李强' },
  { username: 'admin', role: 'admin', displayName: '张伟' },
  { username: 'auditor', role: 'auditor', displayName: '赵敏' },
];

export function isPublishedDemoPassword(password: string): boolean {
  return password === DEMO_PASSWORD;
}
