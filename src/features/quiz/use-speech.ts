import { useCallback, useEffect, useState } from 'react';

/** The browser's speech synthesis, where it exists. */
function synthesis(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : null;
}

/**
 * Read-aloud in the given language with the Web Speech API. `available` is true only when the
 * device has a voice for the language (voices often load after the page), so the button is
 * hidden rather than speaking Arabic with a French voice.
 */
export function useSpeech(lang: string): { available: boolean; speak: (text: string) => void } {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);

  useEffect(() => {
    const speech = synthesis();
    if (!speech) return;
    const pick = () => {
      const voices = speech.getVoices();
      setVoice(voices.find((v) => v.lang.toLowerCase().startsWith(lang)) ?? null);
    };
    pick();
    speech.addEventListener?.('voiceschanged', pick);
    return () => speech.removeEventListener?.('voiceschanged', pick);
  }, [lang]);

  const speak = useCallback(
    (text: string) => {
      const speech = synthesis();
      if (!speech || !voice) return;
      speech.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      speech.speak(utterance);
    },
    [voice],
  );

  return { available: voice !== null, speak };
}
