import { useEffect, useRef, type ReactNode } from 'react';
import SignaturePadEngine from 'signature_pad';
import Box from '@mui/material/Box';

type SignaturePadProps = {
  label: string;
  isDisabled: boolean;
  /** Told whether something is drawn, after every stroke and after clearing. */
  onDrawnChange: (hasDrawing: boolean) => void;
  /** Receives the functions to read and clear the drawing. */
  onReady: (pad: { toImage: () => string | null; clear: () => void }) => void;
};

/**
 * A signature pad (the signature_pad library) on a canvas sized to its box and to the screen's
 * pixel density, so the stroke stays sharp on high-resolution laptop screens and tablets.
 * Finger, pen and mouse all draw; the drawing is read as a PNG data URL.
 */
export function SignaturePad({
  label,
  isDisabled,
  onDrawnChange,
  onReady,
}: SignaturePadProps): ReactNode {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const engineRef = useRef<SignaturePadEngine | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    // White, not transparent: the PNG prints and shows the same on every background.
    const engine = new SignaturePadEngine(canvas, { backgroundColor: 'rgb(255, 255, 255)' });
    engineRef.current = engine;
    const report = (): void => onDrawnChange(!engine.isEmpty());
    engine.addEventListener('endStroke', report);
    onReady({
      toImage: () => (engine.isEmpty() ? null : engine.toDataURL('image/png')),
      clear: () => {
        engine.clear();
        report();
      },
    });
    return () => {
      engine.removeEventListener('endStroke', report);
      engine.off();
      engineRef.current = null;
    };
  }, [onDrawnChange, onReady]);

  useEffect(() => {
    const engine = engineRef.current;
    if (!engine) return;
    if (isDisabled) engine.off();
    else engine.on();
  }, [isDisabled]);

  return (
    <Box
      component="canvas"
      ref={canvasRef}
      role="img"
      aria-label={label}
      data-testid="signature-pad"
      sx={{
        display: 'block',
        width: '100%',
        height: 180,
        border: 2,
        borderColor: isDisabled ? 'action.disabled' : 'primary.main',
        borderRadius: 1,
        bgcolor: '#fff',
        touchAction: 'none',
        cursor: isDisabled ? 'not-allowed' : 'crosshair',
      }}
    />
  );
}
