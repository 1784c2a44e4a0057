import { X509Certificate } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import selfsigned from "selfsigned";

export interface TlsFiles {
  key: string;
  cert: string;
  /** Where the certificate came from, for the start-up message. */
  source: "configured" | "office-addin-dev-certs" | "self-signed";
  certFile: string;
}

/** Where office-addin-dev-certs keeps the certificate it made trusted (`npx office-addin-dev-certs install`). */
export const OFFICE_DEV_CERTS_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/**
 * The certificate for https://localhost: TLS_CERT_FILE/TLS_KEY_FILE when given, else the one
 * office-addin-dev-certs installed (trusted by Office), else a self-signed one kept in the data folder
 * (browsers warn about it; Office desktop refuses it until trusted).
 */
export async function localhostCertificate(options: {
  dataDir: string;
  certFile?: string | undefined;
  keyFile?: string | undefined;
  officeDir?: string;
}): Promise<TlsFiles> {
  if (options.certFile && options.keyFile) {
    return {
      cert: fs.readFileSync(options.certFile, "utf8"),
      key: fs.readFileSync(options.keyFile, "utf8"),
      source: "configured",
      certFile: options.certFile,
    };
  }
  const officeDir = options.officeDir ?? OFFICE_DEV_CERTS_DIR;
  const officeCert = path.join(officeDir, "localhost.crt");
  const officeKey = path.join(officeDir, "localhost.key");
  if (
    fs.existsSync(officeCert) &&
    fs.existsSync(officeKey) &&
    stillValid(fs.readFileSync(officeCert, "utf8"))
  ) {
    return {
      cert: fs.readFileSync(officeCert, "utf8"),
      key: fs.readFileSync(officeKey, "utf8"),
      source: "office-addin-dev-certs",
      certFile: officeCert,
    };
  }
  const dir = path.join(options.dataDir, "tls");
  const certFile = path.join(dir, "localhost.crt");
  const keyFile = path.join(dir, "localhost.key");
  if (fs.existsSync(certFile) && fs.existsSync(keyFile) && stillValid(fs.readFileSync(certFile, "utf8"))) {
    return {
      cert: fs.readFileSync(certFile, "utf8"),
      key: fs.readFileSync(keyFile, "utf8"),
      source: "self-signed",
      certFile,
    };
  }
  const notAfter = new Date();
  notAfter.setDate(notAfter.getDate() + 365);
  const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notAfterDate: notAfter,
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(keyFile, pems.private, { mode: 0o600 });
  fs.writeFileSync(certFile, pems.cert);
  return { cert: pems.cert, key: pems.private, source: "self-signed", certFile };
}

/** Valid for at least another day. */
function stillValid(pem: string): boolean {
  try {
    return Date.parse(new X509Certificate(pem).validTo) > Date.now() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}
