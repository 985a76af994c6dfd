require "pg"
require "connection_pool"

module Edgewise
  DB = ConnectionPool.new(size: 8, timeout: 5) { PG.connect(Settings["database_url"]) }

  def self.with_db(&block) = DB.with(&block)
end
