// ayCode_disassemble: the bytecode of a code object and of the code objects
// nested in it, one instruction a line (`ay --dis` and the dis module).
#include <stdio.h>

#include "code.h"
#include "compile.h"
#include "opcodes.h"
#include "str.h"
#include "vm.h"

void ayCode_disassemble(AyVM *vm, AyCode *code, FILE *out) {
    fprintf(out, "Disassembly of <code object %s at line %d> (%d locals, stack %d):\n", code->name->data,
            code->firstlineno, code->nlocalsplus, code->stacksize);
    int last_line = -1;
    for (uint32_t i = 0; i < code->ncode;) {
        AyInstr ins = code->code[i];
        int op = AY_OPCODE(ins);
        uint32_t arg = AY_OPARG(ins);
        int line = code->positions[i].line;
        if (line != last_line) fprintf(out, "%4d ", line);
        else fprintf(out, "     ");
        last_line = line;
        fprintf(out, "%6u %-22s %u", i, op < AY_OPCODE_COUNT ? ayOp_names[op] : "?", arg);
        switch (op) {
        case AY_OP_LOAD_CONST:
        case AY_OP_RETURN_CONST: {
            AyValue r = ayObj_repr(vm, code->consts[arg]);
            if (r) fprintf(out, " (%.60s)", AY_CSTR(r));
            else ayErr_clear(vm);
            break;
        }
        case AY_OP_LOAD_FAST_LOAD_FAST: {
            uint32_t second = code->code[i + 1];
            if (arg < (uint32_t)code->nlocalsplus && second < (uint32_t)code->nlocalsplus)
                fprintf(out, " (%s, %s)", code->localnames[arg]->data, code->localnames[second]->data);
            break;
        }
        case AY_OP_LOAD_SMALL_INT: fprintf(out, " (%lld)", (long long)arg - (1 << 23)); break;
        case AY_OP_BINARY_OP_SMALL: case AY_OP_COMPARE_OP_SMALL: case AY_OP_BINARY_SUBSCR_SMALL: fprintf(out, " (k=%d)", (int)(int32_t)code->code[i + 1]); break;
        case AY_OP_LOAD_FAST: case AY_OP_STORE_FAST: case AY_OP_DELETE_FAST: case AY_OP_LOAD_DEREF:
        case AY_OP_STORE_DEREF: case AY_OP_MAKE_CELL: case AY_OP_LOAD_FAST_AND_CLEAR:
            if (arg < (uint32_t)code->nlocalsplus) fprintf(out, " (%s)", code->localnames[arg]->data);
            break;
        case AY_OP_LOAD_NAME: case AY_OP_STORE_NAME: case AY_OP_IMPORT_NAME: case AY_OP_IMPORT_FROM:
        case AY_OP_STORE_GLOBAL: case AY_OP_LOAD_ATTR: case AY_OP_LOAD_METHOD: case AY_OP_STORE_ATTR: case AY_OP_DELETE_ATTR:
            fprintf(out, " (%s)", code->names[arg]->data);
            break;
        case AY_OP_LOAD_GLOBAL:
            fprintf(out, " (%s%s)", code->names[arg >> 1]->data, arg & 1 ? " + NULL/self" : "");
            break;
        default: break;
        }
        fputc('\n', out);
        i += 1 + ayOp_cache[op];
    }
    for (int k = 0; k < code->nexc; k++) {
        AyExcEntry *e = &code->exctable[k];
        fprintf(out, "  handler: [%u, %u) -> %u depth %u%s\n", e->start, e->end, e->target, e->depth,
                e->lasti ? " lasti" : "");
    }
    fputc('\n', out);
    for (int k = 0; k < code->nconsts; k++)
        if (ayV_is_type(vm, code->consts[k], vm->t_code)) ayCode_disassemble(vm, AY_AS(AyCode, code->consts[k]), out);
}
