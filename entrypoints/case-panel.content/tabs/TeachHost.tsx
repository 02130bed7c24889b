import { useEffect, useRef } from 'preact/hooks';
import type { PickerPanelProps } from '../../../components/picker/PickerPanel';
import { teachApi } from '../teach-api';

/** A place in the panel where the injected picker renders itself (it has its own Preact). */
export function TeachHost({ props }: { props: PickerPanelProps }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) teachApi()?.renderPicker(ref.current, props);
  });
  useEffect(() => () => {
    if (ref.current) teachApi()?.unmountPicker(ref.current);
  }, []);
  return <div ref={ref} />;
}
