	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 8(x30)
	ld x3, 80(x30)
	ld x4, 96(x30)
	ld x5, 168(x30)
	ld x6, 0(x30)
	ld x7, 128(x30)
	ld x8, 72(x30)
	ld x9, 200(x30)
	ld x10, 40(x30)
	ld x11, 16(x30)
	ld x12, 96(x30)
	ld x13, 40(x30)
	ld x14, 192(x30)
	ld x15, 144(x30)
	ld x16, 176(x30)
	ld x17, 72(x30)
	ld x18, 48(x30)
	ld x19, 8(x30)
	ld x20, 48(x30)
	ld x21, 56(x30)
	ld x22, 136(x30)
	ld x23, 120(x30)
	ld x24, 176(x30)
	ld x25, 88(x30)
	ld x26, 112(x30)
	ld x27, 24(x30)
	ld x28, 200(x30)
	ld x29, 40(x30)
	ld x30, 24(x30)
	la x30, dvals
	flw f0, 368(x30)
	fld f1, 80(x30)
	fld f2, 152(x30)
	fld f3, 32(x30)
	fld f4, 0(x30)
	fld f5, 32(x30)
	fld f6, 144(x30)
	fld f7, 224(x30)
	fld f8, 208(x30)
	fld f9, 152(x30)
	fld f10, 136(x30)
	fld f11, 224(x30)
	flw f12, 320(x30)
	flw f13, 388(x30)
	fld f14, 152(x30)
	fld f15, 192(x30)
	flw f16, 352(x30)
	fld f17, 224(x30)
	flw f18, 392(x30)
	fld f19, 8(x30)
	fld f20, 64(x30)
	fld f21, 176(x30)
	fld f22, 224(x30)
	fld f23, 224(x30)
	fld f24, 224(x30)
	fld f25, 184(x30)
	fld f26, 64(x30)
	fld f27, 64(x30)
	fld f28, 160(x30)
	fld f29, 96(x30)
	fld f30, 208(x30)
	fld f31, 128(x30)
	fsd f23, 912(x31)
	slt x15, x8, x11
	la x30, dvals
	flw f27, 304(x30)
	fmin.s f27, f27, f5
	xori x15, x8, 2047
	fcvt.w.d x28, f10, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	divu x7, x22, x6
	sraw x17, x25, x16
	lbu x22, 1821(x31)
	c.srai x9, 49
	c.andi x12, 11
	la x30, dvals
	fld f3, 224(x30)
	la x30, dvals
	fld f15, 472(x30)
	fnmadd.d f20, f3, f23, f15, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	la x30, 1f
	c.jalr x30
	sllw x8, x17, x27
1:
	fsqrt.s f13, f0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	la x30, dvals
	fld f26, 176(x30)
	fdiv.d f2, f26, f20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	sh x0, 1154(x31)
	addi x30, x31, 1344
	lr.d x16, (x30)
	sc.d x15, x4, (x30)
	sc.d x12, x21, (x30)
	add x28, x17, x21
	slt x5, x23, x26
	auipc x20, 1001051
	andi x27, x22, -2048
	c.mv x16, x28
	c.add x18, x16
	bne x25, x3, 1f
	srlw x19, x0, x19
1:
	sltiu x11, x13, -1
	la x30, dvals
	flw f13, 308(x30)
	la x30, dvals
	flw f27, 668(x30)
	fadd.s f21, f13, f27, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	ld x23, 616(x31)
	la x30, dvals
	flw f15, 684(x30)
	la x30, dvals
	flw f23, 676(x30)
	fdiv.s f25, f15, f23, rup
	la x30, dvals
	fld f15, 56(x30)
	la x30, dvals
	fld f20, 8(x30)
	fsgnjx.d f16, f15, f20
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	srlw x14, x24, x19
	slli x26, x4, 1
	sraiw x20, x14, 16
	addw x6, x5, x28
	srlw x7, x27, x28
	fadd.d f28, f1, f19, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	slli x11, x10, 0
	slliw x12, x0, 11
	la x30, dvals
	flw f2, 324(x30)
	la x30, dvals
	flw f30, 596(x30)
	la x30, dvals
	flw f6, 676(x30)
	fmadd.s f12, f2, f30, f6, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	addi x30, x31, 864
	amoxor.d.rl x1, x20, (x30)
	bltu x6, x15, 1f
	subw x0, x20, x16
1:
	la x30, dvals
	fld f22, 256(x30)
	la x30, dvals
	fld f11, 192(x30)
	la x30, dvals
	fld f23, 504(x30)
	fmsub.d f9, f22, f11, f23, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	add x12, x13, x16
	addi x30, x31, 648
	lr.d.rl x1, (x30)
	xor x13, x16, x22
	sc.d.rl x18, x18, (x30)
	sc.d x27, x9, (x30)
	srli x5, x19, 33
	srliw x12, x16, 31
	fcvt.s.lu f14, x6, dyn
	c.srli x10, 63
	c.andi x15, -32
	lh x26, 1829(x2)
	la x30, dvals
	flw f23, 592(x30)
	la x30, dvals
	flw f22, 340(x30)
	fmax.s f22, f23, f22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	addi x3, x13, 64
	la x30, dvals
	flw f31, 640(x30)
	fcvt.w.s x27, f31, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	la x30, dvals
	flw f2, 608(x30)
	la x30, dvals
	flw f4, 648(x30)
	fadd.s f2, f2, f4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	fcvt.wu.s x19, f29, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	srai x4, x21, 1
	srliw x17, x3, 0
	lhu x6, 1706(x31)
	or x23, x1, x9
	la x30, dvals
	fld f8, 72(x30)
	fadd.d f18, f8, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	srai x7, x24, 37
	srliw x4, x8, 31
	fmv.d.x f17, x3
	sw x10, 1864(x31)
	la x30, 1f
	c.jr x30
	xor x8, x3, x24
1:
	bltu x25, x11, 1f
	or x25, x25, x14
	addw x27, x27, x12
1:
	addw x3, x27, x26
	rem x14, x14, x20
	ori x11, x7, -2048
	sd x8, 184(x31)
	mv x12, x31
	c.sd x13, 32(x12)
	la x30, dvals
	fld f23, 120(x30)
	fadd.d f16, f23, f23, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	mulw x17, x6, x9
	sllw x20, x11, x5
	c.lwsp x14, 60(sp)
	c.ldsp x5, 352(sp)
	bne x0, x14, 1f
	subw x11, x10, x29
1:
	mv x14, x31
	c.lw x9, 16(x14)
	lh x17, 938(x2)
	or x24, x0, x21
	la x30, dvals
	flw f29, 608(x30)
	la x30, dvals
	flw f26, 288(x30)
	fmax.s f1, f29, f26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	auipc x3, 524288
	fclass.d x24, f23
	divuw x26, x27, x12
	div x22, x0, x27
	sd x18, 135(x31)
	srli x21, x10, 0
	srliw x7, x16, 3
	fadd.s f11, f8, f28, rmm
	sb x20, 1939(x31)
	fsub.d f27, f28, f3, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	sltu x26, x10, x12
	la x30, dvals
	fld f7, 576(x30)
	fsgnjn.d f2, f7, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	la x30, dvals
	flw f22, 340(x30)
	fsgnjx.s f10, f25, f22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	sltiu x11, x22, -2048
	srai x9, x17, 0
	srliw x19, x0, 0
	la x30, dvals
	flw f17, 340(x30)
	la x30, dvals
	flw f11, 332(x30)
	fnmsub.s f4, f17, f11, f6, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	la x30, dvals
	fld f8, 216(x30)
	la x30, dvals
	fld f22, 128(x30)
	fle.d x3, f8, f22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	la x30, dvals
	flw f2, 644(x30)
	la x30, dvals
	flw f30, 680(x30)
	fnmsub.s f18, f31, f2, f30, rup
	ori x21, x23, 31
	subw x10, x12, x1
	sraw x3, x22, x20
	la x30, dvals
	flw f18, 388(x30)
	fmul.s f0, f25, f18, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	addi x30, x31, 608
	amoxor.w.rl x13, x27, (x30)
	fsqrt.s f1, f31, dyn
	div x3, x21, x6
	lw x5, 900(x2)
	and x23, x4, x12
	addi x30, x31, 928
	lr.w.rl x11, (x30)
	sc.w.rl x20, x20, (x30)
	sc.w x0, x19, (x30)
	mv x12, x31
	c.sd x11, 40(x12)
	c.fldsp f3, 16(sp)
	xori x12, x14, -1
	sltiu x26, x10, 64
	remuw x29, x7, x0
	jal x23, 1f
	sll x21, x8, x3
1:
	la x30, 1f
	c.jr x30
	sltu x3, x20, x19
1:
	rem x21, x24, x4
	jal x15, 1f
	addw x15, x22, x0
1:
	ori x29, x20, 63
	fmul.d f29, f18, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	mulhsu x28, x21, x29
	divuw x29, x5, x17
	mulh x25, x6, x23
	c.slli x5, 59
	xori x9, x14, 2047
	or x14, x27, x24
	fmv.x.d x11, f26
	sltiu x7, x17, 2047
	slt x3, x15, x29
	srli x29, x3, 31
	slliw x28, x3, 1
	lw x5, 356(x31)
	srai x17, x15, 31
	slliw x13, x6, 21
	xor x1, x25, x18
	la x30, dvals
	flw f15, 600(x30)
	fmax.s f12, f7, f15
	la x30, dvals
	flw f8, 652(x30)
	fmul.s f29, f8, f22, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	sw x4, 208(x31)
	srli x19, x26, 1
	slliw x24, x9, 1
	la x30, dvals
	fld f7, 520(x30)
	fnmadd.d f23, f7, f4, f5, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	la x30, dvals
	flw f26, 360(x30)
	la x30, dvals
	flw f27, 656(x30)
	fdiv.s f30, f26, f27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	divw x27, x21, x7
	la x30, dvals
	fld f15, 552(x30)
	fsqrt.d f3, f15, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	la x30, dvals
	fld f2, 136(x30)
	fadd.d f23, f25, f2, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	auipc x7, 524287
	addiw x3, x12, 32
	srai x5, x10, 21
	slliw x25, x17, 31
	lhu x4, 40(x31)
	la x30, dvals
	flw f4, 624(x30)
	fcvt.lu.s x28, f4, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	sb x21, 580(x31)
	sltiu x18, x19, 2047
	divuw x9, x17, x1
	la x30, dvals
	fld f8, 400(x30)
	la x30, dvals
	fld f17, 8(x30)
	fnmadd.d f25, f5, f8, f17, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	c.fldsp f2, 376(sp)
	srai x24, x16, 33
	srliw x25, x10, 0
	remu x18, x27, x21
	slti x0, x8, -1
	andi x29, x25, 64
	sh x21, 1700(x31)
	mulhsu x7, x1, x17
	fsqrt.s f3, f14, rmm
	divuw x8, x28, x17
	slli x12, x10, 31
	srliw x26, x5, 0
	sltiu x24, x8, 0
	rem x8, x6, x16
	slt x21, x5, x19
	la x30, dvals
	fld f25, 504(x30)
	fcvt.l.d x26, f25, rup
	mulhsu x19, x27, x23
	fcvt.d.s f23, f22
	la x30, dvals
	flw f20, 668(x30)
	fsub.s f19, f8, f20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	sraw x1, x7, x22
	lw x9, 640(x31)
	fcvt.s.wu f13, x11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	c.addi4spn x15, sp, 220
	flw f16, 452(x31)
	sra x12, x10, x20
	la x30, dvals
	flw f5, 656(x30)
	fmul.s f19, f10, f5, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	fcvt.d.lu f16, x4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	beq x17, x10, 1f
	srl x10, x14, x0
1:
	csrrsi x27, fflags, 8
	xor x8, x14, x17
	auipc x1, 524287
	c.addi x16, 1
	c.addiw x16, -32
	divu x20, x24, x26
	sll x23, x27, x9
	fmv.x.w x23, f12
	srai x7, x16, 31
	slliw x21, x21, 31
	la x30, dvals
	fld f1, 88(x30)
	fdiv.d f8, f0, f1, rup
	bne x9, x11, 1f
	sraw x18, x7, x20
1:
	c.addi4spn x14, sp, 556
	la x30, dvals
	fld f17, 528(x30)
	fadd.d f3, f17, f9, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	slli x24, x19, 32
	slliw x1, x19, 0
	and x1, x22, x8
	bge x26, x8, 1f
	slt x11, x10, x1
	subw x16, x23, x23
1:
	slti x22, x19, 64
	mulhu x28, x23, x9
	ori x12, x0, 64
	lhu x0, 1724(x31)
	addi x20, x1, 2047
	add x28, x5, x4
	la x30, dvals
	flw f8, 660(x30)
	fdiv.s f21, f8, f4, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	la x30, dvals
	flw f5, 608(x30)
	fmul.s f1, f5, f7, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	la x30, dvals
	flw f28, 608(x30)
	fmsub.s f26, f4, f28, f26, rtz
	la x30, dvals
	flw f13, 360(x30)
	fsub.s f5, f24, f13, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	la x30, dvals
	fld f14, 208(x30)
	la x30, dvals
	fld f16, 568(x30)
	fmadd.d f14, f23, f14, f16, rdn
	remuw x7, x23, x25
	srli x18, x24, 1
	srliw x16, x18, 0
	la x30, dvals
	flw f1, 368(x30)
	la x30, dvals
	flw f11, 632(x30)
	la x30, dvals
	flw f1, 624(x30)
	fnmadd.s f5, f1, f11, f1, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	la x30, dvals
	flw f30, 312(x30)
	fclass.s x21, f30
	la x30, dvals
	flw f19, 652(x30)
	fsub.s f15, f10, f19, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	la x30, dvals
	fld f5, 432(x30)
	fsqrt.d f15, f5, dyn
	la x30, dvals
	fld f21, 72(x30)
	la x30, dvals
	fld f13, 512(x30)
	fsub.d f29, f21, f13, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	srai x10, x17, 0
	sraiw x28, x23, 0
	sd x8, 190(x31)
	addi x1, x19, 64
	addi x30, x31, 1848
	lr.w x27, (x30)
	sra x19, x25, x22
	addi x30, x30, 8
	sc.w x6, x3, (x30)
	c.lwsp x10, 4(sp)
	c.ldsp x19, 160(sp)
	mulhsu x3, x10, x20
	mulh x21, x5, x11
	la x30, dvals
	flw f23, 624(x30)
	la x30, dvals
	flw f5, 392(x30)
	fsgnjx.s f10, f23, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	or x3, x7, x27
	remu x1, x22, x28
	c.slli x13, 3
	srl x15, x16, x19
	sh x22, 722(x31)
	sltu x10, x20, x3
	xor x21, x9, x13
	mulh x21, x19, x1
	xori x29, x8, -2048
	sb x3, 379(x31)
	addi x30, x31, 96
	amomin.d x24, x10, (x30)
	la x30, dvals
	flw f31, 284(x30)
	la x30, dvals
	flw f21, 348(x30)
	fnmadd.s f10, f7, f31, f21, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	la x30, dvals
	fld f14, 224(x30)
	la x30, dvals
	fld f6, 96(x30)
	fsub.d f14, f14, f6, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	sd x7, 1072(x31)
	auipc x25, 524287
	csrrci x17, fflags, 3
	auipc x11, 754805
	ori x22, x5, 32
	mulh x8, x22, x0
	fcvt.d.w f24, x28
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	sw x29, 908(x31)
	divuw x19, x4, x7
	bne x4, x29, 1f
	srlw x13, x16, x15
	sra x16, x15, x0
1:
	remuw x16, x0, x1
	mulh x7, x8, x16
	sltu x28, x11, x8
	xor x8, x13, x27
	add x12, x4, x23
	fcvt.d.l f13, x16, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	la x30, dvals
	flw f27, 352(x30)
	fadd.s f1, f27, f11, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	la x30, dvals
	fld f3, 136(x30)
	la x30, dvals
	fld f0, 464(x30)
	fsub.d f1, f3, f0, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	sra x15, x26, x19
	la x30, dvals
	fld f14, 24(x30)
	la x30, dvals
	fld f13, 560(x30)
	fdiv.d f14, f14, f13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	la x30, dvals
	flw f30, 280(x30)
	flt.s x29, f30, f15
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	blt x0, x28, 1f
	sltu x7, x29, x24
	srlw x20, x7, x6
1:
	lb x5, 147(x2)
	fadd.s f12, f20, f9, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	ori x27, x29, 63
	la x30, dvals
	fld f8, 456(x30)
	la x30, dvals
	fld f26, 208(x30)
	fsub.d f10, f8, f26, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	sw x15, 2024(x31)
	sllw x20, x14, x1
	la x30, 1f
	jalr x29, 0(x30)
	or x11, x18, x6
1:
	blt x23, x21, 1f
	sltu x5, x14, x24
1:
	la x30, dvals
	fld f24, 488(x30)
	la x30, dvals
	fld f18, 440(x30)
	fdiv.d f18, f24, f18, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	sll x28, x26, x5
	sra x4, x1, x4
	srl x4, x7, x8
	la x30, dvals
	fld f20, 528(x30)
	la x30, dvals
	fld f8, 64(x30)
	fle.d x20, f20, f8
	sd x3, 1968(x31)
	fsqrt.s f14, f4, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	la x30, dvals
	flw f4, 324(x30)
	la x30, dvals
	flw f5, 648(x30)
	fnmsub.s f12, f4, f5, f10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	fsqrt.s f19, f25, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	rem x26, x4, x14
	la x30, dvals
	fld f18, 448(x30)
	fsgnj.d f11, f18, f18
	sw x21, 492(x31)
	la x30, dvals
	flw f22, 668(x30)
	la x30, dvals
	flw f13, 316(x30)
	fadd.s f23, f22, f13, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	la x30, dvals
	flw f12, 640(x30)
	fcvt.w.s x27, f12, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	fmv.x.w x12, f12
	sd x6, 456(x31)
	sd x1, 1920(x31)
	la x30, dvals
	fld f27, 200(x30)
	fadd.d f11, f27, f10, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	subw x4, x3, x28
	la x30, dvals
	fld f19, 528(x30)
	fdiv.d f19, f19, f17, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	sraw x1, x10, x12
	remuw x22, x6, x0
	addi x9, x5, 31
	lb x13, 1968(x31)
	la x30, dvals
	flw f28, 596(x30)
	la x30, dvals
	flw f28, 336(x30)
	la x30, dvals
	flw f20, 280(x30)
	fnmadd.s f9, f28, f28, f20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	addi x30, x31, 32
	lr.d x29, (x30)
	sll x5, x0, x5
	addi x30, x30, 8
	sc.d x7, x15, (x30)
	sc.d x7, x22, (x30)
	sltiu x15, x18, 2047
	la x30, dvals
	flw f23, 672(x30)
	la x30, dvals
	flw f4, 608(x30)
	la x30, dvals
	flw f16, 380(x30)
	fnmsub.s f31, f23, f4, f16, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	slli x26, x9, 32
	slliw x25, x26, 2
	div x9, x0, x7
	la x30, dvals
	fld f29, 560(x30)
	fdiv.d f30, f29, f22, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	fdiv.s f24, f9, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	c.lwsp x10, 152(sp)
	c.ldsp x26, 256(sp)
	la x30, dvals
	flw f4, 652(x30)
	la x30, dvals
	flw f9, 684(x30)
	fadd.s f17, f4, f9, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	bne x10, x0, 1f
	srl x8, x24, x15
1:
	mv x12, x31
	c.ld x14, 32(x12)
	fcvt.lu.d x24, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	addi x6, x18, 0
	c.lwsp x28, 188(sp)
	c.ldsp x26, 168(sp)
	la x30, dvals
	fld f29, 128(x30)
	fsqrt.d f29, f29, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	divw x25, x28, x22
	fsflags x6, x26
	la x30, dvals
	flw f17, 324(x30)
	fcvt.d.s f20, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	addi x7, x15, -1
	c.srli x9, 53
	c.andi x14, -14
	la x30, dvals
	fld f11, 544(x30)
	fmadd.d f14, f1, f11, f25, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	srl x22, x9, x25
	andi x18, x17, 0
	sll x26, x23, x3
	xori x27, x3, 64
	la x30, dvals
	flw f24, 608(x30)
	fsqrt.s f11, f24, rdn
	lb x19, 326(x31)
	sra x4, x13, x26
	slti x8, x4, -2
	divw x28, x13, x14
	bne x10, x0, 1f
	sra x21, x13, x17
1:
	csrrwi x15, frm, 1
	mulw x0, x10, x12
	fsqrt.s f16, f17, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	lwu x0, 648(x31)
	addi x23, x25, -1
	slli x28, x23, 32
	sraiw x0, x21, 1
	fmax.s f20, f22, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	feq.d x1, f13, f24
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	fcvt.lu.s x14, f0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	srli x1, x12, 0
	sraiw x10, x25, 1
	la x30, dvals
	flw f3, 656(x30)
	fmul.s f2, f3, f9, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	bge x13, x4, 1f
	add x27, x21, x0
	sra x12, x4, x12
1:
	la x30, 1f
	jalr x16, 0(x30)
	srl x27, x3, x9
1:
	la x30, dvals
	flw f2, 380(x30)
	fmul.s f21, f2, f17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	feq.s x0, f0, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	addi x30, x31, 704
	amoxor.w.aq x21, x15, (x30)
	srli x23, x3, 32
	slliw x26, x20, 1
	csrrci x27, fflags, 4
	slli x0, x24, 1
	sraiw x13, x13, 16
	fcvt.d.wu f5, x21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	c.beqz x13, 1f
	or x3, x6, x18
1:
	lh x17, 1682(x2)
	fdiv.d f6, f28, f19, rmm
	slli x5, x0, 0
	srliw x5, x14, 1
	sltu x13, x16, x22
	fadd.d f9, f14, f22, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	la x30, dvals
	fld f4, 80(x30)
	la x30, dvals
	fld f16, 256(x30)
	fdiv.d f17, f4, f16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	la x30, dvals
	fld f22, 112(x30)
	fcvt.lu.d x24, f22, rtz
	la x30, dvals
	flw f7, 676(x30)
	fmul.s f19, f7, f11, rdn
	c.j 1f
	slt x1, x7, x1
1:
	blt x13, x12, 1f
	add x17, x27, x22
	addw x16, x3, x25
1:
	bltu x10, x9, 1f
	srl x11, x6, x26
	addw x8, x24, x7
1:
	la x30, dvals
	fld f0, 112(x30)
	fcvt.s.d f13, f0, dyn
	addi x1, x28, -1595
	bne x5, x20, 1f
	xor x3, x28, x26
	xor x17, x6, x7
1:
	sraw x12, x21, x23
	rem x1, x21, x17
	auipc x14, 524288
	beq x9, x15, 1f
	and x25, x21, x0
1:
	jal x17, 1f
	and x11, x6, x17
1:
	lh x3, 878(x31)
	fmul.d f28, f12, f20, rdn
	bgeu x11, x17, 1f
	sub x23, x9, x23
1:
	la x30, dvals
	fld f26, 528(x30)
	fcvt.w.d x8, f26, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	addw x21, x26, x10
	bne x5, x10, 1f
	xor x10, x21, x21
	sraw x22, x14, x25
1:
	addi x30, x31, 240
	amomax.d.aq x7, x21, (x30)
	addi x30, x31, 1672
	lr.w.rl x29, (x30)
	sub x21, x6, x17
	sc.w.rl x16, x1, (x30)
	sc.w x25, x4, (x30)
	la x30, dvals
	flw f7, 676(x30)
	fdiv.s f4, f7, f28, rmm
	sd x13, 232(x31)
	la x30, dvals
	flw f9, 308(x30)
	fclass.s x16, f9
	bltu x29, x11, 1f
	and x15, x11, x22
1:
	la x30, dvals
	fld f8, 64(x30)
	la x30, dvals
	fld f27, 464(x30)
	fsub.d f20, f8, f27, rup
	srl x8, x17, x8
	jal x15, 1f
	sllw x8, x5, x22
1:
	addi x20, x25, 1
	ori x1, x18, 31
	beq x10, x19, 1f
	sllw x27, x3, x6
1:
	la x30, dvals
	flw f5, 368(x30)
	la x30, dvals
	flw f26, 596(x30)
	fmadd.s f29, f5, f2, f26, rtz
	andi x10, x18, 31
	addw x26, x5, x18
	fcvt.l.d x10, f3, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	or x5, x18, x27
	ori x7, x0, 63
	bgeu x19, x25, 1f
	sra x27, x5, x25
1:
	la x30, dvals
	fld f21, 168(x30)
	fsqrt.d f5, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	lhu x15, 1426(x31)
	auipc x17, 524288
	slti x27, x18, -2
	flt.s x18, f16, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	la x30, dvals
	fld f11, 248(x30)
	fcvt.lu.d x0, f11, rmm
	la x30, dvals
	fld f15, 248(x30)
	fsgnjx.d f15, f23, f15
	lw x8, 1256(x2)
	xori x24, x19, 32
	slti x21, x20, -2048
	la x30, dvals
	flw f9, 340(x30)
	fcvt.lu.s x3, f9, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	frcsr x20
	andi x24, x23, -301
	and x6, x3, x28
	la x30, dvals
	flw f30, 608(x30)
	la x30, dvals
	flw f23, 592(x30)
	la x30, dvals
	flw f12, 680(x30)
	fnmsub.s f8, f30, f23, f12, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	and x15, x1, x3
	la x30, dvals
	flw f10, 652(x30)
	fsqrt.s f21, f10, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	or x23, x11, x24
	mulh x1, x11, x25
	mulhu x29, x3, x1
	c.addi x22, 1
	c.addiw x22, 0
	beq x11, x27, 1f
	slt x28, x15, x17
	or x14, x5, x25
1:
	la x30, dvals
	flw f28, 372(x30)
	la x30, dvals
	flw f24, 304(x30)
	fmul.s f12, f28, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	fmsub.s f31, f24, f12, f28, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	srai x29, x26, 32
	sraiw x14, x20, 0
	la x30, dvals
	flw f23, 344(x30)
	la x30, dvals
	flw f9, 652(x30)
	feq.s x19, f23, f9
	sw x0, 1232(x31)
	la x30, dvals
	fld f27, 8(x30)
	fmul.d f25, f27, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	sh x5, 1582(x31)
	mulhu x19, x23, x11
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0x606444e8f7df2214
	.dword 0x6028d09a3d4e1d67
	.dword 0x22b2c0d62faf8dc2
	.dword 0x1ce3fbe91043aee6
	.dword 0xd674d909e7ee2bc3
	.dword 0x705d0b88f4a000de
	.dword 0x63cceae32c8e40cb
	.dword 0x767d028013805b56
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0xbecd54de7e9f305d
	.dword 0xc1cf1ed0b4d91eaa
	.dword 0xbe912c3674f55095
	.dword 0x417ff335a1296511
	.dword 0x3f509aeade74e88c
	.dword 0xbff4f73019231da9
	.dword 0xc0f846b2ecde269d
	.dword 0xc00eee32f2d59116
	.dword 0xc0a5667b4756eab6
	.dword 0xc1b6170938de4a52
	.dword 0x3f1cd676d669b387
	.dword 0xc041e979b08a3e16
	.dword 0x832704a998737db0
	.dword 0xc1eac29b4abe54bf
	.dword 0x032519e5575f2ef1
	.dword 0xc3ec4dfad5b05873
	.dword 0x7fe85890ad2b1c05
	.dword 0x8322101b8f7d34d3
	.dword 0xc3e06cb7edfbeca4
	.dword 0xffe835ced3b525ce
	.dword 0x832de813b21a5364
	.dword 0xffd85e813eb731fd
	.dword 0xc335170743ad362d
	.dword 0x4335bc958db2c8fe
	.word 0x41ef8369
	.word 0x39a09bc5
	.word 0xba5145f5
	.word 0x42ba8692
	.word 0x40cd3788
	.word 0xc4d40d24
	.word 0xc38259cd
	.word 0xbd8f1c3c
	.word 0x39f0e56a
	.word 0x3f9b56f6
	.word 0xc3be2eb9
	.word 0x446eb530
	.word 0xa1cb12
	.word 0x5f72646e
	.word 0x80c96dad
	.word 0x1684fa6
	.word 0x7f4c864d
	.word 0x7f5e03a8
	.word 0x1196fa6
	.word 0x7f6fd022
	.word 0x81059d15
	.word 0x8070dcdc
	.word 0x8094868d
	.word 0xff677e0e
	.balign 16
scratch:
	.word 0x71fc473d
	.word 0xda68edb0
	.word 0x3c0f45bf
	.word 0x43a13383
	.word 0xdffd4c0b
	.word 0xb9fef195
	.word 0x9e402c13
	.word 0xe3823fb2
	.word 0x2af19c88
	.word 0x35729738
	.word 0x95213ab2
	.word 0xfc9352a9
	.word 0x4e01008a
	.word 0xac1e87c2
	.word 0xe039cf91
	.word 0xe0bbedf4
	.word 0x3da14db6
	.word 0x96e7701d
	.word 0x6479618f
	.word 0x415c10cb
	.word 0xabe73c49
	.word 0xc1a975be
	.word 0xcc68411
	.word 0x54dd8c53
	.word 0x4fa441f8
	.word 0x34ff6495
	.word 0xd5d8bcc3
	.word 0x8a570183
	.word 0x268dc2b0
	.word 0x45aa367d
	.word 0x6fd76e2f
	.word 0xc04b2be6
	.word 0x3c096dd
	.word 0x327cf450
	.word 0x3222e74b
	.word 0xb7bdb5ee
	.word 0x210ed8ae
	.word 0xb977d1c3
	.word 0x2abd9ce4
	.word 0xbd0b5ef4
	.word 0xc63065e
	.word 0xf9b6f14a
	.word 0xd46bf225
	.word 0xefcfe172
	.word 0x6fd4b8c2
	.word 0xe15c1024
	.word 0x84c9088
	.word 0xd1e66966
	.word 0x859e4763
	.word 0xe3323a9a
	.word 0x28443dea
	.word 0x50dc68d6
	.word 0x651e0095
	.word 0x492b073
	.word 0x103de9d
	.word 0x20d83d55
	.word 0xc923536c
	.word 0xca9edbab
	.word 0x2c9dd89e
	.word 0x66443879
	.word 0xc826735c
	.word 0xcff3ff3a
	.word 0xb2880130
	.word 0xe7655487
	.word 0xf347dddd
	.word 0x17734dc3
	.word 0xa7a94666
	.word 0x63ddfb54
	.word 0x4a55b4ef
	.word 0x65cd7beb
	.word 0x9cbfa8d3
	.word 0x5d1a7c21
	.word 0x4154f8ae
	.word 0x166ba64e
	.word 0x36e8b4ff
	.word 0x2e9fdc44
	.word 0x77f1ef2f
	.word 0x8916e85
	.word 0x8d7a5885
	.word 0xb39edb0
	.word 0xe7712817
	.word 0x8c068cee
	.word 0xeef72643
	.word 0x4dd728dc
	.word 0xb1536bfa
	.word 0x59a4f86c
	.word 0x138a7c38
	.word 0xdda715fe
	.word 0xdc018432
	.word 0x7c71fc51
	.word 0x3c84482c
	.word 0x5b3cf6c
	.word 0xf7905923
	.word 0x6a3ca859
	.word 0x19c90f82
	.word 0x3f13205e
	.word 0x38017792
	.word 0xc894a18b
	.word 0xc81814f9
	.word 0x9a6d66fa
	.word 0xe0f589c3
	.word 0x6875e585
	.word 0x4c60d307
	.word 0x960318e7
	.word 0x56efcf68
	.word 0x4f5185c9
	.word 0x82fbdd9d
	.word 0xd0482619
	.word 0x45e6e7dc
	.word 0xbab84112
	.word 0xe1d153bf
	.word 0xbf7c1bec
	.word 0xbc31386c
	.word 0xfca24bb2
	.word 0xf5e7a58
	.word 0xc2b65012
	.word 0x1e369d48
	.word 0x7e608b67
	.word 0x8e87c0c1
	.word 0xa564aa4e
	.word 0x35833958
	.word 0x7aa118c
	.word 0xf6eddb61
	.word 0xfdba6981
	.word 0xa1c82944
	.word 0x38ff9db4
	.word 0xa2667a10
	.word 0xc9addcc2
	.word 0x34811ed8
	.word 0xfc18bbd5
	.word 0x872fa2e4
	.word 0x1d1070fd
	.word 0x72f4f63a
	.word 0x6a4bc443
	.word 0x4ab60962
	.word 0xf8db994f
	.word 0xf5b5aa76
	.word 0x5f920b6b
	.word 0xc113e694
	.word 0x5e636f4
	.word 0xa4223a68
	.word 0x8e86303f
	.word 0x58bf7b9f
	.word 0x4e54cf59
	.word 0x204f1446
	.word 0x9a311185
	.word 0xb83c5d25
	.word 0x408479c9
	.word 0x381afcf7
	.word 0x9701c995
	.word 0x6854ef0c
	.word 0x4317af16
	.word 0x6853b9ec
	.word 0xf2a8fd3b
	.word 0x4cf29c3c
	.word 0xf1d76346
	.word 0xaa4a1eb9
	.word 0xda340497
	.word 0xe7ff144
	.word 0xfab6248f
	.word 0xfadca81c
	.word 0x943ce193
	.word 0x9de3714
	.word 0x28a6c1ca
	.word 0xe360c925
	.word 0xb2c694e7
	.word 0x6b12dd8a
	.word 0x24d33ebb
	.word 0x238b9819
	.word 0x419a9bfd
	.word 0x4e43636f
	.word 0x67fcdd78
	.word 0x7627c971
	.word 0x6e3c7055
	.word 0xe6e2a98e
	.word 0xc9b53c87
	.word 0xaa989935
	.word 0x8e72d8aa
	.word 0x7999b139
	.word 0xb8686a26
	.word 0x10b2e6b0
	.word 0xc0fcd0c2
	.word 0x6730bb0
	.word 0x87a23e72
	.word 0xcdefd6c4
	.word 0xd1dee6bf
	.word 0xac29075b
	.word 0x1486067a
	.word 0x5d6ca79e
	.word 0xfa7f6971
	.word 0xfd7919f9
	.word 0x168c8d9a
	.word 0x60ce4ea5
	.word 0x8a4dff28
	.word 0x80b45a7c
	.word 0x74802fa1
	.word 0x5ff2d47b
	.word 0xaacb6e65
	.word 0x27f21126
	.word 0xdf0a9a6d
	.word 0x4a8f58e
	.word 0x593e28c2
	.word 0x18e2fcf1
	.word 0xa8e316af
	.word 0x8ce4e534
	.word 0x180fcfb5
	.word 0xdedaf669
	.word 0x82e55a22
	.word 0x1d80d0b2
	.word 0xf544fc59
	.word 0x3332cefe
	.word 0x374a4a88
	.word 0xbd75c525
	.word 0xbffd9e6d
	.word 0x8a3736d5
	.word 0xf159b4c3
	.word 0x3ff75343
	.word 0x6674680c
	.word 0x85c62b76
	.word 0x55b1af62
	.word 0x6be636cc
	.word 0xac3ea33
	.word 0x87338fd1
	.word 0x2ff34215
	.word 0xb189f86d
	.word 0x5e07facf
	.word 0x8a970660
	.word 0x213d5aed
	.word 0xc677447d
	.word 0xf1e69321
	.word 0x53d6fee0
	.word 0xd5da445
	.word 0x837e4d4f
	.word 0x10268ca4
	.word 0xf7ffe3dd
	.word 0x7b0c85ff
	.word 0x9dd114e6
	.word 0x56fce340
	.word 0x9804474a
	.word 0xd4ce8bc
	.word 0x9b3f32b1
	.word 0xd04caca5
	.word 0xfedde769
	.word 0x42c2851
	.word 0xa5ef5082
	.word 0xb019d8dd
	.word 0xeb4596dc
	.word 0x6a597873
	.word 0xefb061d8
	.word 0x92e913bd
	.word 0xa34395b2
	.word 0xef421448
	.word 0x14a3170d
	.word 0xbe1309ac
	.word 0x3bfa21df
	.word 0x87fe39df
	.word 0x587ace1d
	.word 0x3694b6e1
	.word 0xa9501e65
	.word 0xf9018e4b
	.word 0xd1d9cfcf
	.word 0xec2b203f
	.word 0x8dbc0109
	.word 0xbe39df27
	.word 0x3e72c4e9
	.word 0xbb15245e
	.word 0xec4399b1
	.word 0x71cb376b
	.word 0xf3edc3f8
	.word 0x39ce2011
	.word 0x4443a017
	.word 0x386a5ed7
	.word 0x5a066ef
	.word 0x26cdc871
	.word 0x67b75590
	.word 0x2da77152
	.word 0xb2274214
	.word 0x16d80be6
	.word 0xe33cc6b4
	.word 0x6a51361
	.word 0x3de541a5
	.word 0x2fe4c2ed
	.word 0x409e1f11
	.word 0xecf3ab4f
	.word 0xaadaf7c2
	.word 0x707b77b3
	.word 0xcf2e0655
	.word 0xf3709547
	.word 0xdad8b0cb
	.word 0x54f763cb
	.word 0xa945ae0c
	.word 0x8c00298e
	.word 0xaf040fd6
	.word 0xf125cd89
	.word 0x5a0df1a3
	.word 0x6305945f
	.word 0xe04d8f98
	.word 0x666a4fa7
	.word 0xdc49b568
	.word 0xb67cc35a
	.word 0xece51e71
	.word 0xaa482564
	.word 0x727ab0d6
	.word 0xa86c3e26
	.word 0xdab5d7b2
	.word 0x683755f3
	.word 0xd3a7e257
	.word 0xd24fa181
	.word 0xe98dc57e
	.word 0x7567900f
	.word 0x6ba0443c
	.word 0x7d9404f
	.word 0xd5c64347
	.word 0xa87b1f90
	.word 0xbaa630d4
	.word 0xeb2d5fca
	.word 0x5a53cba0
	.word 0x47dc9c53
	.word 0x5e845978
	.word 0x60cd460d
	.word 0xc99cc36b
	.word 0x6fc0f9f3
	.word 0x6f2a900c
	.word 0x984addb9
	.word 0xbc4e14a7
	.word 0xa583b28a
	.word 0xa981f703
	.word 0x7b5a4ad3
	.word 0x720649b3
	.word 0xdd3ef14b
	.word 0x61e588c0
	.word 0xcf41f77e
	.word 0xc467ba89
	.word 0x55e6e152
	.word 0xb0505334
	.word 0xfce74bcf
	.word 0xa64a8100
	.word 0x3b35bc95
	.word 0x184c0206
	.word 0x999d4e00
	.word 0x3bf793ee
	.word 0xf8ccd24b
	.word 0x3235e229
	.word 0x40602731
	.word 0xd4428b32
	.word 0x21b5bda0
	.word 0x563f22a0
	.word 0xff040935
	.word 0xba7052a4
	.word 0xb4b5dc76
	.word 0xe858668b
	.word 0x75a7ed2f
	.word 0x884b6cee
	.word 0x5f0d1ea5
	.word 0x67e1d9e9
	.word 0xc7462767
	.word 0x76f210f2
	.word 0xa9651a04
	.word 0x4e967dd6
	.word 0xa4b35540
	.word 0xd7d7bed
	.word 0xe211d74d
	.word 0xc7fb7d11
	.word 0xa3782e9d
	.word 0x73d064c8
	.word 0x966236ec
	.word 0xc74408d3
	.word 0x8d97347c
	.word 0x808bff0
	.word 0xe120b16b
	.word 0x16b8f74d
	.word 0x27b3fc5
	.word 0xd5f60d84
	.word 0x9c967347
	.word 0xd29fd38
	.word 0x63526b9f
	.word 0xea120d6f
	.word 0xdc48aeb0
	.word 0xfa47859f
	.word 0x54787c45
	.word 0x25eec61d
	.word 0x588e09eb
	.word 0xafd78372
	.word 0xa884796e
	.word 0xd29cfdfa
	.word 0xe950f60b
	.word 0x5ac55a3
	.word 0x6c1637cf
	.word 0xf71fd5b8
	.word 0xb8b2beec
	.word 0x286623b
	.word 0x16edce3b
	.word 0x4a75cc6e
	.word 0x8cf6c7d2
	.word 0xd5991754
	.word 0x190e714d
	.word 0x33d0e11e
	.word 0xd195ea07
	.word 0xf672b1cd
	.word 0xa9237ce8
	.word 0x117de957
	.word 0x26bcb0fc
	.word 0xa4ce7d0d
	.word 0x692fffa
	.word 0x74dffacc
	.word 0xfb41deef
	.word 0xd3178a81
	.word 0x6ab0cfe2
	.word 0x1ada7ec4
	.word 0xf5585ce5
	.word 0x2654f367
	.word 0xbf31a01b
	.word 0xed6235c2
	.word 0xd09e25cf
	.word 0x90de345c
	.word 0x9ce671b6
	.word 0x8c3831e
	.word 0x6caf968e
	.word 0x51bd2f91
	.word 0x7da1c376
	.word 0xfc2b13b1
	.word 0x55f2ef7f
	.word 0xbbc6551
	.word 0x65d6dd9a
	.word 0x72dd97a8
	.word 0xc536003c
	.word 0xa301d624
	.word 0xa1664206
	.word 0x4df06435
	.word 0x6faa754e
	.word 0x1771c2f
	.word 0xbca32796
	.word 0xd260fc7e
	.word 0x70040ba9
	.word 0xdf5b3131
	.word 0x96d4fc6f
	.word 0x227a00a3
	.word 0x2fa46314
	.word 0xdb10ec17
	.word 0x14df849e
	.word 0x6dcae1b8
	.word 0xe42d186
	.word 0xda354c5f
	.word 0x46c2580
	.word 0x9b50d82e
	.word 0x8afe5884
	.word 0x7c31f613
	.word 0x1c855a2a
	.word 0x4fc8788a
	.word 0x5bfa0426
	.word 0x74a7fab9
	.word 0xf5e37761
	.word 0xfaec4626
	.word 0x373f5972
	.word 0x5e3f983a
	.word 0xa295a66
	.word 0xdd4d054
	.word 0x6c1d6cdb
	.word 0xf14bef18
	.word 0x19bd80cc
	.word 0x9d2ed7de
	.word 0xbd73b2b4
	.word 0xaf8fb3e6
	.word 0x6798bcff
	.word 0x70ebfb7c
	.word 0xff0beb7e
	.word 0xcee923cc
	.word 0xb88a0604
	.word 0xf115be01
	.word 0x9c62100b
	.word 0x1200f87a
	.word 0xacf8615d
	.word 0xbaa1b7b4
	.word 0x6b9427f
	.word 0xf0201584
	.word 0xa08d754c
	.word 0xcabab99e
	.word 0x2cafdc1a
	.word 0x32b2060c
	.word 0x3c045995
	.word 0x51e2e3ce
	.word 0xbeff8563
	.word 0x842b8b0a
	.word 0x5c1c844f
	.word 0x5e3542a5
	.word 0x3a52ab35
	.word 0x89b3a94f
	.word 0x6fdcd742
	.word 0x53a956d8
	.word 0x573f2641
	.word 0xcd1ca8fa
	.word 0x587b5b9b
	.word 0x520c61ff
	.word 0x184e3226
	.word 0x1f593943
	.word 0x3659ea1b
	.word 0x684b7d56
	.word 0xfbd66a66
	.word 0xe5cc944b
	.word 0x9ffc32c9
	.word 0x2d06dd7b
	.word 0x239103cf
	.word 0x7ef4a55b
	.word 0xa1a9bef4
	.word 0x5899cc2f
	.word 0x429f8881
	.word 0xc271d986
	.word 0xd16dc1e6
	.word 0x43779c8e
	.word 0xac269b5d
	.word 0x96ed9b9b
	.word 0x9643c3d4
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
