/** The frame of the sign-in pages: the product's name, one card, and a way out (the sign-out action the page passes in). */
export function AuthCard({ title, intro, children, signOut }: { title: string; intro?: React.ReactNode; children: React.ReactNode; signOut?: () => Promise<void> }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-8">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center">
          <p className="text-sm text-slate-600">依申请公开办理台</p>
          <h1 className="mt-1 text-2xl">{title}</h1>
        </div>
        <div className="card space-y-4">
          {intro ? <div className="text-sm text-slate-700">{intro}</div> : null}
          {children}
        </div>
        {signOut ? (
          <form action={signOut} className="mt-4 text-center">
            <button type="submit" className="text-sm text-blue-800 underline">
              退出，换一个账号登录
            </button>
          </form>
        ) : null}
      </div>
    </main>
  );
}
