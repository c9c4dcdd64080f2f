package id.intervensi.bench.scale;

import id.intervensi.bench.scale.TemplateWalk.Template;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multiplies the walked template cases into N open and M closed cases with set-based SQL
 * (PostgreSQL): each table's template rows are staged once, then copied by one {@code INSERT ...
 * SELECT} per table and chunk of copies, joined to {@code scale_copy} (one row per copy, made by
 * {@code generate_series}). A copy gets ids of its own (the UUID part of every id column replaced
 * by {@code md5(uuid || copy)}, the same in every table, so references stay consistent), a case
 * number, NIK and name of its own (replaced in every text column), and its dates moved back by a
 * per-copy offset (closed cases over the last two years, open ones over the last five months; the
 * due dates of timer jobs moved forward instead, so that no timer storm starts with the app).
 */
final class ScaleLoad {

  static final String UUID_TAIL = "'________-____-____-____-____________'";

  private static final String[] FIRST = {
    "Siti",
    "Ahmad",
    "Sri",
    "Budi",
    "Dewi",
    "Joko",
    "Ratna",
    "Slamet",
    "Wati",
    "Agus",
    "Endang",
    "Bambang",
    "Yuni",
    "Hadi",
    "Nur",
    "Sutrisno",
    "Kartini",
    "Heru",
    "Lestari",
    "Darmo",
    "Asih",
    "Suparman",
    "Rukmini",
    "Teguh",
    "Sumarni",
    "Wagiman",
    "Tuti",
    "Mulyono",
    "Ngatini",
    "Paijo"
  };
  private static final String[] LAST = {
    "Aminah",
    "Suryani",
    "Rahayu",
    "Santoso",
    "Wijaya",
    "Hartono",
    "Susanti",
    "Purnomo",
    "Wahyuni",
    "Saputra",
    "Handayani",
    "Setiawan",
    "Kusuma",
    "Pratama",
    "Hidayat",
    "Nugroho",
    "Lubis",
    "Siregar",
    "Nasution",
    "Simanjuntak",
    "Sihombing",
    "Tanjung",
    "Harahap",
    "Daulay",
    "Ginting",
    "Tarigan",
    "Sembiring",
    "Manurung",
    "Situmorang",
    "Pardede",
    "Sinaga",
    "Hutapea",
    "Panjaitan",
    "Rangkuti",
    "Batubara",
    "Pohan",
    "Matondang",
    "Rambe",
    "Pulungan",
    "Dalimunthe"
  };

  /** A table to copy: its name and the query that stages its template rows with their case. */
  record Part(String table, String staging) {}

  private final Connection db;
  private final int chunk;

  ScaleLoad(Connection db, int chunk) {
    this.db = db;
    this.chunk = chunk;
  }

  void load(List<Template> templates, int open, int closed) throws SQLException {
    exec("set synchronous_commit = off");
    exec("set maintenance_work_mem = '1GB'");
    exec("set work_mem = '256MB'");
    prepareCopies(templates, open, closed);
    List<Part> parts = parts();
    long started = System.nanoTime();
    for (Part part : parts) {
      exec("drop table if exists scale_src_" + part.table());
      exec("create table scale_src_" + part.table() + " as " + part.staging());
      exec("analyze scale_src_" + part.table());
    }
    Map<String, List<String>> indexes = dropSecondaryIndexes(parts);
    int total = open + closed;
    for (int from = 1; from <= total; from += chunk) {
      int to = Math.min(total, from + chunk - 1);
      long rows = 0;
      long t0 = System.nanoTime();
      for (Part part : parts) {
        rows += copy(part, from, to);
      }
      System.out.printf(
          Locale.ROOT,
          "  copies %,d-%,d of %,d: %,d rows in %.1f s (%.0f s since the start)%n",
          from,
          to,
          total,
          rows,
          (System.nanoTime() - t0) / 1e9,
          (System.nanoTime() - started) / 1e9);
    }
    long t1 = System.nanoTime();
    for (Map.Entry<String, List<String>> table : indexes.entrySet()) {
      for (String definition : table.getValue()) {
        exec(definition);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "  secondary indexes recreated (%d tables) in %.0f s%n",
        indexes.size(),
        (System.nanoTime() - t1) / 1e9);
    finish();
    for (Part part : parts) {
      exec("drop table scale_src_" + part.table());
    }
  }

  /** One row per copy: its template, case number, NIK, name, client id and date offsets. */
  private void prepareCopies(List<Template> templates, int open, int closed) throws SQLException {
    exec("drop table if exists scale_tpl");
    exec(
        "create table scale_tpl (pi varchar(64) primary key, closed boolean, case_number"
            + " varchar(32), nik varchar(16), name varchar(200), client_id bigint, first_copy int,"
            + " copies int)");
    List<Template> openOnes = templates.stream().filter(t -> !t.closed()).toList();
    List<Template> closedOnes = templates.stream().filter(Template::closed).toList();
    int next = 1;
    next = addTemplates(openOnes, open, next);
    addTemplates(closedOnes, closed, next);
    exec(
        "update scale_tpl t set case_number = f.case_number, client_id = c.id, nik ="
            + " coalesce(c.nik, chr(1)), name = c.full_name from case_file f join client c on"
            + " c.id = f.client_id where f.process_instance_id = t.pi");
    exec("drop table if exists scale_copy");
    exec(
        "create table scale_copy as select g.c, t.pi, t.closed, t.case_number as tcase, t.nik as"
            + " tnik, t.name as tname, t.client_id as tclient, case when t.closed then"
            + " make_interval(days => ((g.c::bigint * 7919) % 700)::int + 1, secs => (g.c::bigint * 104729) % 86400)"
            + " else make_interval(days => ((g.c::bigint * 7919) % 150)::int, secs => (g.c::bigint * 104729) % 86400)"
            + " end as shift, make_interval(days => g.c % 28, secs => (g.c::bigint * 61) % 86400) as"
            + " job_shift from scale_tpl t cross join lateral generate_series(t.first_copy,"
            + " t.first_copy + t.copies - 1) g(c)");
    exec(
        "alter table scale_copy add column shift_days int, add column case_number varchar(32),"
            + " add column nik varchar(16), add column name varchar(200), add column client_id"
            + " bigint");
    exec(
        "update scale_copy set shift_days = extract(day from shift)::int, case_number = 'PSTW-'"
            + " || to_char(now() - shift, 'YYYY') || '-' || lpad(c::text, 6, '0'), nik = '32' ||"
            + " lpad(c::text, 14, '0'), name = (array["
            + quoted(FIRST)
            + "])[1 + c % "
            + FIRST.length
            + "] || ' ' || (array["
            + quoted(LAST)
            + "])[1 + (c / "
            + FIRST.length
            + ") % "
            + LAST.length
            + "], client_id = 10000000 + c");
    exec("create index on scale_copy (pi, c)");
    exec("analyze scale_copy");
  }

  private int addTemplates(List<Template> group, int copies, int next) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into scale_tpl (pi, closed, first_copy, copies) values (?, ?, ?, ?)")) {
      for (int i = 0; i < group.size(); i++) {
        int mine = copies / group.size() + (i < copies % group.size() ? 1 : 0);
        insert.setString(1, group.get(i).processInstanceId());
        insert.setBoolean(2, group.get(i).closed());
        insert.setInt(3, next);
        insert.setInt(4, mine);
        insert.executeUpdate();
        next += mine;
      }
    }
    return next;
  }

  /** The tables to fill, in an order that keeps foreign keys satisfied. */
  private List<Part> parts() throws SQLException {
    String tpl = "(select pi from scale_tpl)";
    List<Part> parts = new ArrayList<>();
    parts.add(
        new Part(
            "act_ge_bytearray",
            "select distinct x.*, m.pi as scale_pi from act_ge_bytearray x join ("
                + "select bytearray_id_ as id, proc_inst_id_ as pi from act_ru_variable where"
                + " proc_inst_id_ in "
                + tpl
                + " union select exception_stack_id_, process_instance_id_ from act_ru_job where"
                + " process_instance_id_ in "
                + tpl
                + " union select id_, root_proc_inst_id_ from act_ge_bytearray where"
                + " root_proc_inst_id_ in "
                + tpl
                + ") m on m.id = x.id_"));
    parts.add(direct("act_ru_execution", "proc_inst_id_"));
    parts.add(direct("act_ru_task", "proc_inst_id_"));
    parts.add(
        new Part(
            "act_ru_identitylink",
            "select x.*, t.proc_inst_id_ as scale_pi from act_ru_identitylink x join act_ru_task t"
                + " on t.id_ = x.task_id_ where t.proc_inst_id_ in "
                + tpl));
    parts.add(direct("act_ru_variable", "proc_inst_id_"));
    parts.add(direct("act_ru_job", "process_instance_id_"));
    parts.add(direct("act_ru_event_subscr", "proc_inst_id_"));
    parts.add(direct("act_ru_incident", "proc_inst_id_"));
    parts.add(
        new Part(
            "act_ru_authorization",
            "select x.*, m.pi as scale_pi from act_ru_authorization x join (select pi as id, pi"
                + " from scale_tpl union select id_, root_proc_inst_id_ from act_hi_taskinst where"
                + " root_proc_inst_id_ in "
                + tpl
                + ") m on m.id = x.resource_id_"));
    for (String table :
        strings(
            "select table_name from information_schema.columns where table_schema ="
                + " current_schema() and table_name like 'act_hi_%' and column_name ="
                + " 'root_proc_inst_id_' order by table_name")) {
      parts.add(direct(table, "root_proc_inst_id_"));
    }
    parts.add(
        new Part(
            "client",
            "select x.*, t.pi as scale_pi from client x join scale_tpl t on t.client_id = x.id"));
    for (String table : List.of("client_contact", "client_change")) {
      parts.add(
          new Part(
              table,
              "select x.*, t.pi as scale_pi from "
                  + table
                  + " x join scale_tpl t on t.client_id = x.client_id"));
    }
    parts.add(
        new Part(
            "case_file",
            "select x.*, t.pi as scale_pi from case_file x join scale_tpl t on t.pi ="
                + " x.process_instance_id"));
    for (String table :
        List.of("residency", "case_worker_change", "case_note", "case_score", "case_stage_stay")) {
      parts.add(
          new Part(
              table,
              "select x.*, t.pi as scale_pi from "
                  + table
                  + " x join scale_tpl t on t.case_number = x.case_number"));
    }
    return parts;
  }

  private static Part direct(String table, String column) {
    return new Part(
        table,
        "select x.*, x."
            + column
            + " as scale_pi from "
            + table
            + " x where x."
            + column
            + " in (select pi from scale_tpl)");
  }

  private long copy(Part part, int from, int to) throws SQLException {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    try (PreparedStatement columns =
        db.prepareStatement(
            "select column_name, data_type from information_schema.columns where table_schema ="
                + " current_schema() and table_name = ? order by ordinal_position")) {
      columns.setString(1, part.table());
      try (ResultSet rs = columns.executeQuery()) {
        while (rs.next()) {
          String name = rs.getString(1);
          String value = value(part.table(), name, rs.getString(2));
          if (value != null) {
            names.add(name);
            values.add(value);
          }
        }
      }
    }
    String sql =
        "insert into "
            + part.table()
            + " ("
            + String.join(", ", names)
            + ") select "
            + String.join(", ", values)
            + " from scale_src_"
            + part.table()
            + " x join scale_copy k on k.pi = x.scale_pi where k.c between ? and ?";
    try (PreparedStatement insert = db.prepareStatement(sql)) {
      insert.setInt(1, from);
      insert.setInt(2, to);
      return insert.executeUpdate();
    }
  }

  /** What a copy's column holds, or null to leave it to the column's default (identity ids). */
  static String value(String table, String column, String type) {
    String name = column.toUpperCase(Locale.ROOT);
    boolean app = !table.startsWith("act_");
    String x = "x." + column;
    if (app && type.equals("bigint")) {
      if (name.equals("CLIENT_ID") || (table.equals("client") && name.equals("ID"))) {
        return "k.client_id";
      }
      return name.equals("ID") ? null : x;
    }
    boolean text = type.equals("character varying") || type.equals("text");
    if (text && isId(name)) {
      return "case when right("
          + x
          + ", 36) like "
          + UUID_TAIL
          + " then left("
          + x
          + ", length("
          + x
          + ") - 36) || md5(right("
          + x
          + ", 36) || k.c)::uuid else "
          + x
          + " end";
    }
    if (text) {
      return "replace(replace(replace("
          + x
          + ", k.tcase, k.case_number), k.tnik, k.nik), k.tname, k.name)";
    }
    if (type.startsWith("timestamp")) {
      if (table.equals("act_ru_job") && name.equals("DUEDATE_")) {
        return x + " + k.job_shift";
      }
      return x + " - k.shift";
    }
    if (type.equals("date")) {
      return name.equals("BIRTH_DATE") ? x : x + " - k.shift_days";
    }
    return x;
  }

  /** A column holding an engine id (a UUID at its end), not a definition's or deployment's. */
  static boolean isId(String name) {
    if (name.endsWith("DEF_ID_") || name.equals("DEPLOYMENT_ID_") || name.endsWith("DEF_KEY_")) {
      return false;
    }
    return name.endsWith("ID_")
        || name.endsWith("_ID")
        || name.equals("ID")
        || name.equals("VAR_SCOPE_")
        || name.equals("SUPER_EXEC_");
  }

  private Map<String, List<String>> dropSecondaryIndexes(List<Part> parts) throws SQLException {
    Map<String, List<String>> dropped = new LinkedHashMap<>();
    for (Part part : parts) {
      List<String> definitions = new ArrayList<>();
      List<String> names = new ArrayList<>();
      try (PreparedStatement query =
          db.prepareStatement(
              "select indexname, indexdef from pg_indexes where schemaname = current_schema()"
                  + " and tablename = ? and indexname not in (select conname from pg_constraint)")) {
        query.setString(1, part.table());
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            names.add(rs.getString(1));
            definitions.add(rs.getString(2));
          }
        }
      }
      for (String name : names) {
        exec("drop index " + name);
      }
      // keys no foreign key depends on (history, authorizations): added back after the load, as a
      // B-tree built once from sorted rows instead of one random insert per row
      try (PreparedStatement query =
          db.prepareStatement(
              "select c.conname, pg_get_constraintdef(c.oid) from pg_constraint c join pg_class t"
                  + " on t.oid = c.conrelid where t.relname = ? and c.contype in ('p', 'u') and"
                  + " not exists (select 1 from pg_constraint f where f.contype = 'f' and"
                  + " f.confrelid = c.conrelid)")) {
        query.setString(1, part.table());
        List<String[]> keys = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            keys.add(new String[] {rs.getString(1), rs.getString(2)});
          }
        }
        for (String[] key : keys) {
          exec("alter table " + part.table() + " drop constraint " + key[0]);
          definitions.add(
              0, "alter table " + part.table() + " add constraint " + key[0] + " " + key[1]);
        }
      }
      if (!definitions.isEmpty()) {
        dropped.put(part.table(), definitions);
      }
    }
    return dropped;
  }

  /** The derived figures (stage histogram, client id sequence) and fresh planner statistics. */
  private void finish() throws SQLException {
    exec("delete from stage_time_histogram");
    exec(
        "insert into stage_time_histogram (month_index, stage, bucket, stays) select month_index,"
            + " stage, bucket, count(*) from (select cast(extract(year from left_at) as int) * 12"
            + " + cast(extract(month from left_at) as int) - 1 as month_index, stage, case when"
            + " seconds < 1 then 0 else 1 + cast(ceil(ln(cast(seconds as double precision)) /"
            + " ln(cast(51 as double precision) / 49)) as int) end as bucket from case_stage_stay"
            + " where left_at is not null and seconds is not null) t group by month_index,"
            + " stage, bucket");
    exec("select setval(pg_get_serial_sequence('client', 'id'), (select max(id) from client))");
    long t0 = System.nanoTime();
    exec("vacuum (analyze)");
    System.out.printf(Locale.ROOT, "  vacuum analyze: %.0f s%n", (System.nanoTime() - t0) / 1e9);
  }

  /** Rows per table of the engine and the app, largest first. */
  Map<String, Long> counts() throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table :
        strings(
            "select table_name from information_schema.tables where table_schema ="
                + " current_schema() and table_type = 'BASE TABLE' and table_name not like"
                + " 'scale_%' and table_name <> 'flyway_schema_history' order by table_name")) {
      try (Statement s = db.createStatement();
          ResultSet rs = s.executeQuery("select count(*) from " + table)) {
        rs.next();
        long n = rs.getLong(1);
        if (n > 0) {
          counts.put(table, n);
        }
      }
    }
    return counts;
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private void exec(String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }

  private static String quoted(String[] values) {
    StringBuilder out = new StringBuilder();
    for (String value : values) {
      out.append(out.isEmpty() ? "" : ", ").append('\'').append(value).append('\'');
    }
    return out.toString();
  }
}
