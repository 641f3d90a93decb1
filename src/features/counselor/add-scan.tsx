import '@/components/ui/forms.css';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { announce } from '@/lib/announce';
import { useLang } from '@/lib/i18n/use-lang';
import {
  announceOutcome,
  candidateOf,
  codeName,
  lineErrorText,
  NameField,
  OutcomeAlert,
  readName,
  useAddOne,
  type NameProblem,
  type ShownOutcome,
} from './add-shared';
import { parseLine, type LineError } from './parse-lines';

/**
 * The part of the Barcode Detection API used here. TypeScript's DOM types lack it (few browsers
 * have it), so it is described here and looked up on the global object, where it may be absent.
 */
interface DetectedCode {
  rawValue: string;
}
interface QrDetector {
  detect(source: HTMLVideoElement): Promise<DetectedCode[]>;
}
interface QrDetectorClass {
  new (options: { formats: string[] }): QrDetector;
  getSupportedFormats(): Promise<string[]>;
}

/** How often the camera's picture is searched for a code: often enough to feel immediate. */
const SCAN_INTERVAL_MS = 250;

function detectorClass(): QrDetectorClass | undefined {
  return (globalThis as { BarcodeDetector?: QrDetectorClass }).BarcodeDetector;
}

/** `mediaDevices` exists only on secure pages (https, localhost). */
function canOpenCamera(): boolean {
  return typeof navigator.mediaDevices?.getUserMedia === 'function';
}

/** True when this browser reads QR codes from a camera; null while it is being asked. */
function useQrSupport(): boolean | null {
  const [supported, setSupported] = useState<boolean | null>(() =>
    detectorClass() && canOpenCamera() ? null : false,
  );
  useEffect(() => {
    const Detector = detectorClass();
    if (supported !== null || !Detector) return;
    let live = true;
    Detector.getSupportedFormats().then(
      (formats) => live && setSupported(formats.includes('qr_code')),
      () => live && setSupported(false),
    );
    return () => {
      live = false;
    };
  }, [supported]);
  return supported;
}

type CameraProblem = 'denied' | 'absent' | 'failed';

function cameraProblemOf(error: unknown): CameraProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'absent';
  return 'failed';
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'scanning' }
  | { kind: 'read'; text: string; id: number }
  | { kind: 'error'; problem: CameraProblem };

/**
 * The camera and what it read, with the typed code below it until a code is read. The camera is
 * on only while a code is looked for: it stops as soon as one is read, on "close", when the panel
 * closes (this component unmounts) and when the page is hidden.
 */
function Scanner({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('counselor');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  // Bumped by every stop, so that a camera still opening is closed as soon as it opens.
  const attemptRef = useRef(0);
  const readCount = useRef(0);

  const stopCamera = useCallback(() => {
    attemptRef.current += 1;
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
  }, []);

  useEffect(() => stopCamera, [stopCamera]);

  useEffect(() => {
    const onHide = (event: Event) => {
      if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
      stopCamera();
      setPhase((current) =>
        current.kind === 'starting' || current.kind === 'scanning' ? { kind: 'idle' } : current,
      );
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [stopCamera]);

  const start = async () => {
    stopCamera();
    const attempt = attemptRef.current;
    setPhase({ kind: 'starting' });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
    } catch (error) {
      if (attempt === attemptRef.current)
        setPhase({ kind: 'error', problem: cameraProblemOf(error) });
      return;
    }
    if (attempt !== attemptRef.current) {
      stream.getTracks().forEach((track) => track.stop());
      return;
    }
    streamRef.current = stream;
    setPhase({ kind: 'scanning' });
  };

  const close = () => {
    stopCamera();
    setPhase({ kind: 'idle' });
  };

  const scanning = phase.kind === 'scanning';
  useEffect(() => {
    const video = videoRef.current;
    const stream = streamRef.current;
    const Detector = detectorClass();
    if (!scanning || !video || !stream || !Detector) return;
    video.srcObject = stream;
    // A muted inline video may play without a gesture; if the browser refuses, the first frame
    // stays on screen and is still searched.
    video.play()?.catch(() => undefined);
    const detector = new Detector({ formats: ['qr_code'] });
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const [code] = await detector.detect(video);
        if (cancelled) return;
        if (code && code.rawValue.trim() !== '') {
          stopCamera();
          readCount.current += 1;
          setPhase({ kind: 'read', text: code.rawValue, id: readCount.current });
          return;
        }
      } catch {
        // A frame that cannot be searched yet (the video is still starting): try the next one.
      }
      if (!cancelled) timer = setTimeout(() => void tick(), SCAN_INTERVAL_MS);
    };
    timer = setTimeout(() => void tick(), SCAN_INTERVAL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      video.srcObject = null;
    };
  }, [scanning, stopCamera]);

  if (phase.kind === 'read')
    return (
      <ScanResult
        key={phase.id}
        text={phase.text}
        sessionId={sessionId}
        onAgain={() => void start()}
      />
    );

  const cameraOn = phase.kind === 'starting' || phase.kind === 'scanning';
  return (
    <div className="add-scan">
      {phase.kind === 'error' ? (
        <Alert tone="error" role="alert">
          <p>{t(`add.scan.${phase.problem}`)}</p>
        </Alert>
      ) : null}
      {cameraOn ? (
        <>
          <video
            ref={videoRef}
            className="add-scan__video"
            muted
            playsInline
            aria-label={t('add.scan.video')}
          />
          <p role="status">{scanning ? t('add.scan.looking') : ''}</p>
          <div className="actions">
            <Button variant="secondary" onClick={close}>
              {t('add.scan.stop')}
            </Button>
          </div>
        </>
      ) : (
        <div className="actions">
          <Button onClick={() => void start()}>{t('add.scan.start')}</Button>
        </div>
      )}
      <TypedCode sessionId={sessionId} />
    </div>
  );
}

/** What a scan read: the code (or why it cannot be added), a name field and "add". */
function ScanResult({
  text,
  sessionId,
  onAgain,
}: {
  text: string;
  sessionId: string;
  onAgain: () => void;
}) {
  const { t } = useTranslation('counselor');
  const lang = useLang();
  const read = parseLine(text);
  const entry = read?.ok ? read.entry : null;
  const addOne = useAddOne(sessionId);
  const [name, setName] = useState(entry?.pseudonym ?? '');
  const [nameProblem, setNameProblem] = useState<NameProblem | null>(null);
  const [outcome, setOutcome] = useState<ShownOutcome | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const code = entry ? codeName(entry) : null;

  // The camera's button is gone: focus moves to what was read, which is also announced.
  useEffect(() => {
    resultRef.current?.focus();
  }, []);
  useEffect(() => {
    if (code) announce(t('add.scan.readAnnounce', { code }));
  }, [code, t]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!entry) return;
    const checked = readName(name, false);
    if (!checked.ok) {
      setNameProblem(checked.problem);
      nameRef.current?.focus();
      return;
    }
    setNameProblem(null);
    const done = addOne(candidateOf(entry, checked.name));
    setOutcome({ ...done, id: (outcome?.id ?? 0) + 1 });
    announceOutcome(t, done);
  };

  const added = outcome?.kind === 'added';
  return (
    <div className="add-scan">
      <div ref={resultRef} tabIndex={-1} className="add-scan__result">
        {entry && code ? (
          <p>
            {t('add.scan.read')}{' '}
            <strong dir="ltr" className="add-code">
              {code}
            </strong>
          </p>
        ) : (
          <Alert tone="error" role="alert">
            <p>{t('add.scan.unreadable')}</p>
            <p>{lineErrorText(t, lang, read?.ok === false ? read.reason : 'empty-code')}</p>
          </Alert>
        )}
      </div>
      {entry && !added ? (
        <form className="add-form" onSubmit={submit} noValidate>
          <NameField value={name} onChange={setName} problem={nameProblem} fieldRef={nameRef} />
          <div className="actions">
            <Button type="submit">{t('add.one.submit')}</Button>
          </div>
        </form>
      ) : null}
      {outcome ? <OutcomeAlert outcome={outcome} /> : null}
      <div className="actions">
        <Button variant={entry && !added ? 'secondary' : 'primary'} onClick={onAgain}>
          {t('add.scan.another')}
        </Button>
      </div>
    </div>
  );
}

/** One share code or results link typed in (or pasted), with an optional name. */
function TypedCode({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('counselor');
  const lang = useLang();
  const id = useId();
  const addOne = useAddOne(sessionId);
  const [code, setCode] = useState('');
  const [codeProblem, setCodeProblem] = useState<LineError | 'empty' | null>(null);
  const [name, setName] = useState('');
  const [nameProblem, setNameProblem] = useState<NameProblem | null>(null);
  const [outcome, setOutcome] = useState<ShownOutcome | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = parseLine(code);
    const checked = readName(name, false);
    setCodeProblem(read === null ? 'empty' : read.ok ? null : read.reason);
    setNameProblem(checked.ok ? null : checked.problem);
    if (!read?.ok) {
      codeRef.current?.focus();
      return;
    }
    if (!checked.ok) {
      nameRef.current?.focus();
      return;
    }
    const done = addOne(candidateOf(read.entry, checked.name));
    setOutcome({ ...done, id: (outcome?.id ?? 0) + 1 });
    announceOutcome(t, done);
    if (done.kind === 'added') {
      setCode('');
      setName('');
      codeRef.current?.focus();
    }
  };

  const errorId = `${id}-error`;
  return (
    <form className="add-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={id}>{t('add.scan.typeLabel')}</label>
        <input
          id={id}
          ref={codeRef}
          type="text"
          dir="ltr"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          aria-invalid={codeProblem ? true : undefined}
          aria-describedby={codeProblem ? errorId : undefined}
        />
        {codeProblem ? (
          <p id={errorId} className="field-error" role="alert">
            {codeProblem === 'empty'
              ? t('add.scan.typeEmpty')
              : lineErrorText(t, lang, codeProblem)}
          </p>
        ) : null}
      </div>
      <NameField value={name} onChange={setName} problem={nameProblem} fieldRef={nameRef} />
      <div className="actions">
        <Button type="submit">{t('add.one.submit')}</Button>
      </div>
      {outcome ? <OutcomeAlert outcome={outcome} /> : null}
    </form>
  );
}

/**
 * Scanning the QR code of a participant's results (it holds a results link), where the browser
 * can read QR codes from a camera; typing the code, everywhere (below the camera, or alone).
 */
export function ScanPanel({ sessionId, open }: { sessionId: string; open: boolean }) {
  const { t } = useTranslation('counselor');
  const supported = useQrSupport();
  return (
    <div className="add-form">
      {supported ? (
        <>
          <p>{t('add.scan.lead')}</p>
          {open ? <Scanner sessionId={sessionId} /> : null}
        </>
      ) : supported === false ? (
        <>
          <p>{t('add.scan.unsupported', { paste: t('add.way.paste') })}</p>
          <TypedCode sessionId={sessionId} />
        </>
      ) : null}
    </div>
  );
}
