// What the officer's home does with antd (signing a visit, closing an item), as one module loaded
// on demand (officer-home.tsx): a mentor's own officer part, usually empty, never loads it.
export { AcknowledgeVisit } from '../visits/acknowledge-visit';
export { ActionItemActions } from '../action-items/action-item-actions';
