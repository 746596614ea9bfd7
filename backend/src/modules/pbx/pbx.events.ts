/** In-process event carrying one normalized `PbxEvent` from the PBX, emitted in the PBX's order. */
export const PBX_EVENT = 'pbx.event';
