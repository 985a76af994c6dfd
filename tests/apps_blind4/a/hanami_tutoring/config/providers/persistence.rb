# frozen_string_literal: true

Hanami.app.register_provider :persistence, namespace: true do
  prepare do
    require "rom"
    require "rom-sql"

    config = ROM::Configuration.new(:sql, target["settings"].database_url, extensions: %i[pg_array pg_json])
    config.plugin(:sql, relations: :instrumentation) do |plugin_config|
      plugin_config.notifications = target["notifications"]
    end
    config.plugin(:sql, relations: :auto_restrictions)

    register "config", config
    register "db", config.gateways[:default].connection
  end

  start do
    config = target["persistence.config"]
    config.auto_registration(target.root.join("app"), namespace: "Tutoring")
    register "rom", ROM.container(config)
    target["logger"].info("persistence started", relations: config.relation_classes.map(&:name).size)
  end
end
