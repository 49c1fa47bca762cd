import { CHANNELS, type Channel } from "../../../src/core/domain/types.js";

/**
 * Which way a message went and how, as a form's grid rows. Shared by "Keep a message on record"
 * and a logged message's Edit (R25).
 */
export function DirectionChannelFields(props: {
  /** The form's id prefix: the fields are `${id}-dir` and `${id}-ch`. */
  id: string;
  direction: "in" | "out";
  onDirection: (direction: "in" | "out") => void;
  channel: Channel;
  onChannel: (channel: Channel) => void;
}) {
  return (
    <>
      <label htmlFor={`${props.id}-dir`}>Direction</label>
      <select
        id={`${props.id}-dir`}
        value={props.direction}
        onChange={(e) => props.onDirection(e.target.value as "in" | "out")}
      >
        <option value="in">from them</option>
        <option value="out">from me</option>
      </select>
      <label htmlFor={`${props.id}-ch`}>Channel</label>
      <select
        id={`${props.id}-ch`}
        value={props.channel}
        onChange={(e) => props.onChannel(e.target.value as Channel)}
      >
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </>
  );
}
