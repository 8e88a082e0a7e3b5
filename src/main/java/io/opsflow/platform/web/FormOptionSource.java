package io.opsflow.platform.web;

import java.util.List;

/**
 * A list a form offers to choose from, so that nobody types an id blind: the configuration items,
 * the DR plans in force, the people of a group. A Camunda Form names it by a select's, radio's,
 * checklist's or taglist's "Input values key" ({@code "valuesKey": "configurationItems"}), which
 * an analyst sets in Modeler; {@link FormOptionsFilter} fills in the current options whenever
 * Tasklist (or anyone) reads the deployed form, for start forms and task forms alike.
 */
public interface FormOptionSource {

  /** The key forms name ({@code configurationItems}). */
  String key();

  /** The options, in the order they are offered; labels may be "English / 中文". */
  List<FormOption> options();

  /** One option: what a person reads, and the value the form submits. */
  record FormOption(String label, String value) {
  }

  /** A source of the key answering what the supplier gives. */
  static FormOptionSource of(String key, java.util.function.Supplier<List<FormOption>> options) {
    return new FormOptionSource() {
      @Override
      public String key() {
        return key;
      }

      @Override
      public List<FormOption> options() {
        return options.get();
      }
    };
  }
}
