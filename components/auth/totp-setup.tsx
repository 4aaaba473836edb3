/** The QR code to scan and the same key as text, for apps that cannot scan. */
export function TotpSetup({ qrSvg, secret }: { qrSvg: string; secret: string }) {
  return (
    <div className="space-y-2">
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        <li>在手机上安装验证器应用（如“腾讯身份验证器”“Microsoft Authenticator”或“Google 身份验证器”）。</li>
        <li>在应用中选择“扫描二维码”，扫描下图。</li>
        <li>输入应用显示的 6 位数字。</li>
      </ol>
      {/* The SVG is generated on the server by the qrcode library from our own enrolment link. */}
      <div className="mx-auto w-48" aria-label="双因素认证二维码" role="img" dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <p className="text-xs text-slate-600">
        无法扫描时，在应用中手动输入密钥：
        <code className="break-all font-mono text-slate-900" data-testid="totp-secret">
          {secret}
        </code>
      </p>
    </div>
  );
}
