// Moving a tile by dragging it with a finger, a pen or a mouse. Pointer events, not HTML5 drag and
// drop: one code path for all three (HTML5 drag does not start from touch), and it runs the same in
// headless Chromium, where the tests drive it. A press that does not travel is a click, so the tile
// stays a button: keyboard users open it and reschedule from its dialog.
const TRAVEL = 6;

/**
 * Makes {@code tile} draggable. {@code drop({x, y, dx, dy})} answers a promise of true when the move
 * was accepted (the caller redraws); on false, or a cancelled gesture, the tile snaps back.
 * {@code open()} runs on a plain click or Enter/Space.
 */
export function movable(tile, { open, drop }) {
  let press = null;
  let dragged = false;
  const back = () => {
    tile.classList.remove('dragging', 'moving');
    tile.removeAttribute('aria-busy');
    tile.style.transform = '';
    tile.classList.add('snapped');
    tile.addEventListener('animationend', () => tile.classList.remove('snapped'), { once: true });
  };
  tile.dataset.movable = 'true';
  tile.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || !e.isPrimary || tile.classList.contains('moving')) return;
    press = { x: e.clientX, y: e.clientY };
    dragged = false;
    tile.setPointerCapture(e.pointerId);
  });
  tile.addEventListener('pointermove', (e) => {
    if (!press) return;
    const dx = e.clientX - press.x;
    const dy = e.clientY - press.y;
    if (!dragged && Math.hypot(dx, dy) < TRAVEL) return;
    dragged = true;
    tile.classList.add('dragging');
    tile.style.transform = 'translate(' + dx + 'px, ' + dy + 'px)';
  });
  const end = async (e, cancelled) => {
    if (!press) return;
    const from = press;
    press = null;
    if (!dragged) return;
    if (cancelled) { back(); return; }
    // Held where it was dropped while the server decides; the answer either redraws the day or snaps it back.
    tile.classList.add('moving');
    tile.setAttribute('aria-busy', 'true');
    let accepted = false;
    try {
      accepted = await drop({ x: e.clientX, y: e.clientY, dx: e.clientX - from.x, dy: e.clientY - from.y });
    } finally {
      if (!accepted) back();
    }
  };
  tile.addEventListener('pointerup', (e) => end(e, false));
  tile.addEventListener('pointercancel', (e) => end(e, true));
  tile.addEventListener('click', (e) => {
    // The click a drag ends with is not a click (a keyboard's has detail 0 and always opens).
    if (dragged && e.detail !== 0) { dragged = false; return; }
    open();
  });
}
