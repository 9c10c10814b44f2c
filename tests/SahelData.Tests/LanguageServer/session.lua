-- One editing session against `sahel lsp`, driven by Neovim's built-in LSP client (headless, Neovim 0.7 or later).
-- The test writes a plan (JSON, path in SAHEL_LSP_PLAN): the server command, the data folder, two files and the
-- positions to act at. This script plays the session as a curator would and writes every answer, as the client
-- received it, to the results file (SAHEL_LSP_RESULTS); the test compares them with the build.
local plan = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('SAHEL_LSP_PLAN')), '\n'))
local results = { published = {}, timings = {} }
local latest = {}

local function write_results()
  vim.fn.writefile({ vim.fn.json_encode(results) }, os.getenv('SAHEL_LSP_RESULTS'))
end

local function wait_for(what, timeout, condition)
  if not vim.wait(timeout, condition, 10) then
    error('timed out waiting for ' .. what)
  end
end

local function session()
  vim.o.hidden = true
  local client_id = vim.lsp.start_client({
    name = 'sahel',
    cmd = plan.command,
    root_dir = plan.root,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, result)
        latest[result.uri] = { diagnostics = result.diagnostics, at = vim.loop.hrtime() }
      end,
    },
  })
  local client = vim.lsp.get_client_by_id(client_id)

  vim.cmd('edit ' .. vim.fn.fnameescape(plan.definition_file))
  local definition_buffer = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(definition_buffer, client_id)
  vim.cmd('edit ' .. vim.fn.fnameescape(plan.reference_file))
  local reference_buffer = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(reference_buffer, client_id)
  local reference_uri = vim.uri_from_bufnr(reference_buffer)

  wait_for('initialize', 60000, function() return client.initialized end)
  results.server_name = client.server_capabilities and 'sahel' or nil
  wait_for('the first diagnostics', 60000, function() return latest[reference_uri] ~= nil end)
  results.initial = latest[reference_uri].diagnostics

  local function request(method, params, buffer)
    local response, problem = client.request_sync(method, params, 60000, buffer)
    if response == nil then
      error(method .. ': ' .. tostring(problem))
    end
    return response
  end

  local function position_params(buffer, line, character)
    return { textDocument = { uri = vim.uri_from_bufnr(buffer) }, position = { line = line, character = character } }
  end

  -- Break the id of an entry in one file: the references to it in the other must be marked.
  local id_line = vim.api.nvim_buf_get_lines(definition_buffer, plan.id_line, plan.id_line + 1, false)[1]
  local broken = id_line:sub(1, plan.id_column) .. plan.broken_id .. id_line:sub(plan.id_column + #plan.id + 1)
  latest[reference_uri] = nil
  local changed_at = vim.loop.hrtime()
  vim.api.nvim_buf_set_lines(definition_buffer, plan.id_line, plan.id_line + 1, false, { broken })
  wait_for('diagnostics of the broken reference', 60000, function()
    return latest[reference_uri] ~= nil and #latest[reference_uri].diagnostics > 0
  end)
  table.insert(results.timings, (latest[reference_uri].at - changed_at) / 1e6)
  results.broken = {}
  for uri, published in pairs(latest) do
    results.broken[uri] = published.diagnostics
  end

  -- Mend it: the diagnostics go away.
  vim.api.nvim_buf_set_lines(definition_buffer, plan.id_line, plan.id_line + 1, false, { id_line })
  wait_for('diagnostics cleared', 60000, function() return #latest[reference_uri].diagnostics == 0 end)
  results.mended = latest[reference_uri].diagnostics

  local at_reference = position_params(reference_buffer, plan.reference_line, plan.reference_column + 1)
  results.completion = request('textDocument/completion', at_reference, reference_buffer)
  results.word_completion = request('textDocument/completion',
    position_params(reference_buffer, plan.word_line, plan.word_column), reference_buffer)
  results.key_completion = request('textDocument/completion',
    position_params(reference_buffer, plan.key_line, plan.key_column), reference_buffer)
  results.hover = request('textDocument/hover', at_reference, reference_buffer)
  results.word_hover = request('textDocument/hover',
    position_params(reference_buffer, plan.word_line, plan.word_column + 1), reference_buffer)
  results.definition = request('textDocument/definition', at_reference, reference_buffer)
  local references = vim.deepcopy(at_reference)
  references.context = { includeDeclaration = true }
  results.references = request('textDocument/references', references, reference_buffer)
  local rename = vim.deepcopy(at_reference)
  rename.newName = plan.new_id
  results.rename = request('textDocument/rename', rename, reference_buffer)
  rename.newName = plan.existing_id
  results.rename_clash = request('textDocument/rename', rename, reference_buffer)
  rename.newName = 'Not An Id'
  results.rename_invalid = request('textDocument/rename', rename, reference_buffer)

  -- Misspell the reference: the build's message suggests the id, and the fix writes it.
  local reference_line = vim.api.nvim_buf_get_lines(reference_buffer, plan.reference_line, plan.reference_line + 1, false)[1]
  local misspelt = reference_line:sub(1, plan.reference_column) .. plan.misspelt_id .. reference_line:sub(plan.reference_column + #plan.id + 1)
  latest[reference_uri] = nil
  changed_at = vim.loop.hrtime()
  vim.api.nvim_buf_set_lines(reference_buffer, plan.reference_line, plan.reference_line + 1, false, { misspelt })
  wait_for('diagnostics of the misspelt reference', 60000, function()
    return latest[reference_uri] ~= nil and #latest[reference_uri].diagnostics > 0
  end)
  table.insert(results.timings, (latest[reference_uri].at - changed_at) / 1e6)
  results.misspelt = latest[reference_uri].diagnostics
  results.misspelt_text = table.concat(vim.api.nvim_buf_get_lines(reference_buffer, 0, -1, false), '\n') .. '\n'
  results.code_actions = request('textDocument/codeAction', {
    textDocument = { uri = reference_uri },
    range = results.misspelt[1].range,
    context = { diagnostics = results.misspelt },
  }, reference_buffer)

  client.stop()
  wait_for('the server to stop', 20000, function() return client.is_stopped() end)
  results.stopped = true
end

local ok, problem = pcall(session)
if not ok then
  results.error = tostring(problem)
end
write_results()
vim.cmd(ok and 'qa!' or 'cq!')
