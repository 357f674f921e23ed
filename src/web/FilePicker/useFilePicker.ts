import { useRef, useState, type ChangeEvent, type DragEvent } from "react";

/**
 * State of the drop zone: whether a file is being dragged over it, the hidden file input behind the
 * "Choose a file" button, and a drop that held no file (text or a link dragged from elsewhere).
 */
export function useFilePicker(onFile: (file: File) => void) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [droppedNothing, setDroppedNothing] = useState(false);

  const take = (file: File | undefined) => {
    setDroppedNothing(!file);
    if (file) onFile(file);
  };

  return {
    input,
    dragging,
    droppedNothing,
    choose: () => input.current?.click(),
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      take(event.target.files?.[0]);
      // Choosing the same file again must fire another change.
      event.target.value = "";
    },
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      take(event.dataTransfer.files[0]);
    },
  };
}
